namespace DataInclusion.Host.Geocoding;

/// <summary>What the geocoding step did in one run (<c>ops.geocoding_runs</c>, migration 0083).</summary>
internal sealed class GeocodingStats
{
    /// <summary>Valid records that had enough of an address to be geocoded.</summary>
    public int Records { get; set; }

    /// <summary>Distinct cleaned inputs among them.</summary>
    public int Queries { get; set; }

    /// <summary>Inputs answered from the cache, with no request.</summary>
    public int FromCache { get; set; }

    /// <summary>Inputs sent to the geocoder.</summary>
    public int Sent { get; set; }

    /// <summary>Records that publish the geocoder's values.</summary>
    public int Accepted { get; set; }

    /// <summary>Inputs sent that got no answer (a failed batch, or rows missing from a partial one).</summary>
    public int Failed { get; set; }

    /// <summary>The last failure's message, or null.</summary>
    public string? Error { get; set; }
}
