namespace DataInclusion.Host.OpenData;

/// <summary>
/// Writes the open-data set (one file per entity and format, <c>SHA256SUMS</c>, <c>manifest.json</c>) from the
/// published marts into a directory. The seam between building the set and publishing it (served at <c>/opendata/</c>,
/// uploaded to data.gouv.fr), so that each side is tested on its own.
/// </summary>
internal interface IOpenDataExporter
{
    /// <param name="directory">Created if missing; files of the set already there are replaced.</param>
    /// <param name="formats">Format names (<c>csv</c>, <c>json</c>, ...); null for every format.</param>
    Task<OpenDataSet> ExportAsync(string directory, IReadOnlyCollection<string>? formats, CancellationToken cancellationToken);
}

/// <summary>What an export wrote: every file with its size and SHA-256, and when the set was generated.</summary>
internal sealed record OpenDataSet(DateTimeOffset GeneratedAt, IReadOnlyList<OpenDataFile> Files);

/// <summary>One file of the set. <paramref name="Name"/> is relative to the export directory.</summary>
internal sealed record OpenDataFile(string Name, string Format, long Length, string Sha256);
