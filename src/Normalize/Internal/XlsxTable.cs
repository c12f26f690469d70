using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace DataInclusion.Normalize.Internal;

/// <summary>Reads one sheet of an XLSX workbook (first row = field names), as the valideur does (data-inclusion.md §7).</summary>
internal static class XlsxTable
{
    // Keeps shared strings in memory: MiniExcel would otherwise spill big workbooks to temporary files (Normalize does no I/O).
    private static readonly OpenXmlConfiguration s_configuration = new() { EnableSharedStringCache = false };

    // Workbooks already found safe, by their byte array (weakly held): a workbook is read once per sheet and per reader,
    // and inflating it to check it again each time would multiply the cost of the check.
    private static readonly ConditionalWeakTable<byte[], object> s_checked = [];
    private static readonly object s_safe = new();

    /// <summary>
    /// The workbook's sheet names, once <see cref="SafeArchive"/> has found it safe to parse (callers ask for the names
    /// before reading any sheet): an <see cref="UnsafeArchiveException"/> otherwise.
    /// </summary>
    public static IReadOnlyList<string> SheetNames(ReadOnlyMemory<byte> content)
    {
        var array = MemoryMarshal.TryGetArray(content, out var segment) ? segment.Array : null;
        if (array is null || !s_checked.TryGetValue(array, out _))
        {
            SafeArchive.CheckWorkbook(content);
            if (array is not null)
            {
                s_checked.AddOrUpdate(array, s_safe);
            }
        }

        using var stream = new MemoryStream(content.ToArray(), writable: false);
        return MiniExcel.GetSheetNames(stream, s_configuration);
    }

    /// <summary>Rows with their spreadsheet row number (header = row 1); dates become yyyy-MM-dd, numbers invariant text.</summary>
    public static TableRows Read(ReadOnlyMemory<byte> content, string sheetName)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        var rows = new List<(int, Dictionary<string, string?>)>();
        Dictionary<string, string>? headers = null;
        var line = 0;
        // Without a header row MiniExcel keys cells by column letter: the letters locate findings, row 1 names the fields.
        foreach (IDictionary<string, object?> cells in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: s_configuration))
        {
            line++;
            if (headers is null)
            {
                headers = cells.Where(c => Text(c.Value) is { Length: > 0 }).ToDictionary(c => c.Key, c => Text(c.Value)!.Trim(), StringComparer.Ordinal);
                continue;
            }

            var row = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (letter, value) in cells)
            {
                if (headers.TryGetValue(letter, out var column))
                {
                    row[column] = Text(value);
                }
            }

            if (row.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                rows.Add((line, row));
            }
        }

        return new TableRows(TableRows.Letters((headers ?? []).Select(h => (h.Value, h.Key))), rows);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
