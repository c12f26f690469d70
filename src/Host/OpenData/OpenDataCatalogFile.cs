namespace DataInclusion.Host.OpenData;

/// <summary>One served file: the exporter's description, and the length of its gzip copy (<c>Name.gz</c>) if it has one.</summary>
internal sealed record OpenDataCatalogFile(string Name, string Format, long Length, string Sha256, long? GzipLength)
{
    public string GzipName => Name + ".gz";
}
