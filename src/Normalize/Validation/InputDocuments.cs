using System.IO.Compression;
using System.Text;

namespace DataInclusion.Normalize.Validation;

/// <summary>
/// Turns what a producer sent into documents of one entity each: a workbook gives its two sheets, a zip its files, and a
/// CSV, JSON or NDJSON file is structures or services by its name (<c>…services…</c>), else by its content (a
/// <c>structure_id</c> field means services).
/// </summary>
internal static class InputDocuments
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly byte[] s_zipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith(s_zipMagic);

    /// <summary>True for an XLSX workbook, false for another zip: only the archive's directory is read.</summary>
    public static bool IsWorkbook(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            // Not even a zip directory: the workbook reader says so in French.
            return true;
        }
    }

    /// <summary>The media type of a file found in a zip, by its extension; null when it is none of ours.</summary>
    public static string? MediaTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".csv" => "text/csv",
        ".json" => "application/json",
        ".ndjson" or ".jsonl" => "application/x-ndjson",
        ".xlsx" => Xlsx,
        _ => null,
    };

    /// <summary>The stream (structures or services) of a one-entity file.</summary>
    public static string StreamOf(string name, ReadOnlySpan<byte> content)
    {
        var lower = Path.GetFileNameWithoutExtension(name).ToLowerInvariant();
        if (lower.Contains("service", StringComparison.Ordinal))
        {
            return V1FeedMapper.ServicesStream;
        }

        if (lower.Contains("structure", StringComparison.Ordinal))
        {
            return V1FeedMapper.StructuresStream;
        }

        // The header line of a CSV, or the first records of a JSON file: a service names its structure.
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 64 * 1024)]);
        return head.Contains("structure_id", StringComparison.OrdinalIgnoreCase) ? V1FeedMapper.ServicesStream : V1FeedMapper.StructuresStream;
    }
}
