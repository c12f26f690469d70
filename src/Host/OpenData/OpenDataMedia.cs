namespace DataInclusion.Host.OpenData;

/// <summary>The media type of each file of the set, and which ones are text (gzipped for clients that accept it).</summary>
internal static class OpenDataMedia
{
    public static string ContentType(OpenDataCatalogFile file) => Kind(file) switch
    {
        "csv" => "text/csv; charset=utf-8",
        "geojson" => "application/geo+json",
        "json" => "application/json",
        "ndjson" => "application/x-ndjson",
        "parquet" => "application/vnd.apache.parquet",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    /// <summary>Text compresses several times over; parquet and xlsx are compressed already.</summary>
    public static bool IsText(OpenDataCatalogFile file) => Kind(file) is "csv" or "geojson" or "json" or "ndjson" or "txt";

    /// <summary>The format the exporter named, or the extension (<c>manifest.json</c>, <c>SHA256SUMS</c> as text).</summary>
    private static string Kind(OpenDataCatalogFile file)
    {
        var format = file.Format.ToLowerInvariant();
        if (format is "csv" or "geojson" or "json" or "ndjson" or "parquet" or "xlsx")
        {
            return format;
        }

        var extension = Path.GetExtension(file.Name).TrimStart('.').ToLowerInvariant();
        return extension switch
        {
            "" or "txt" or "sha256" => "txt",
            _ => extension,
        };
    }
}
