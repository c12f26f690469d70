namespace DataInclusion.Normalize;

/// <summary>
/// How much a zip archive (XLSX workbook, zip of CSV files) may expand when opened. The defaults let a 20 MB workbook of
/// plain rows through and stop zip bombs (a few kilobytes that inflate to gigabytes) long before memory is at stake.
/// </summary>
public sealed record ArchiveLimits
{
    public static ArchiveLimits Default { get; } = new();

    /// <summary>Largest uncompressed size of one entry.</summary>
    public long MaxEntryBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all entries together.</summary>
    public long MaxTotalBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Most entries an archive may hold (a workbook has a dozen).</summary>
    public int MaxEntries { get; init; } = 1000;

    /// <summary>
    /// Largest compression ratio of an entry bigger than <see cref="RatioFloorBytes"/>: spreadsheet XML compresses
    /// 5 to 30 times, a zip bomb a thousand times and more.
    /// </summary>
    public double MaxRatio { get; init; } = 200;

    /// <summary>Entries smaller than this are never refused for their ratio (a tiny, very regular XML part).</summary>
    public long RatioFloorBytes { get; init; } = 1024 * 1024;
}
