using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace DataInclusion.Normalize.Internal;

/// <summary>Reads one sheet of an XLSX workbook (first row = field names), as the valideur does (data-inclusion.md §7).</summary>
internal static class XlsxTable
{
    // Keeps shared strings in memory: MiniExcel would otherwise spill big workbooks to temporary files (Normalize does no I/O).
    private static readonly OpenXmlConfiguration s_configuration = new() { EnableSharedStringCache = false };

    public static IReadOnlyList<string> SheetNames(ReadOnlyMemory<byte> content)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        return MiniExcel.GetSheetNames(stream, s_configuration);
    }

    /// <summary>Rows with their spreadsheet row number (header = row 1); dates become yyyy-MM-dd, numbers invariant text.</summary>
    public static List<(int Line, Dictionary<string, string?> Row)> Read(ReadOnlyMemory<byte> content, string sheetName)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        var rows = new List<(int, Dictionary<string, string?>)>();
        var line = 1;
        foreach (IDictionary<string, object?> cells in MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: s_configuration))
        {
            line++;
            var row = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (column, value) in cells)
            {
                row[column.Trim()] = value switch
                {
                    null => null,
                    DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                };
            }

            if (row.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                rows.Add((line, row));
            }
        }

        return rows;
    }
}
