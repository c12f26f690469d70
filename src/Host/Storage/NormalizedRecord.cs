using System.Text;

namespace DataInclusion.Host.Storage;

/// <summary>
/// A v1 record of a run as stored in the normalised layer: its JSON in v1 field names (UTF-8, as the normalisation
/// built it and as COPY sends it) and whether it may be published.
/// </summary>
internal sealed record NormalizedRecord(string Id, string? StructureId, bool IsValid, byte[] Utf8Json)
{
    /// <summary>A record from its JSON text (tests, the geocoding step's rewritten records).</summary>
    public NormalizedRecord(string Id, string? StructureId, bool IsValid, string Json)
        : this(Id, StructureId, IsValid, Encoding.UTF8.GetBytes(Json))
    {
    }

    /// <summary>The JSON as text.</summary>
    public string Json => Encoding.UTF8.GetString(Utf8Json);
}
