using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// XLSX (MiniExcel, which writes rows as it enumerates them): one sheet per entity named as the v1 feed reader expects
/// (<c>Structures</c>, <c>Services</c>); past a sheet's row limit (1,048,576 rows, header included) the rows go on in
/// numbered sheets (<c>Services 2</c>, ...). Numbers are numbers, dates are dates, text is text (never a formula).
/// </summary>
internal sealed class XlsxDumpWriter(int rowsPerSheet = XlsxDumpWriter.MaxRowsPerSheet) : IDumpWriter
{
    /// <summary>Excel's 1,048,576 rows less the header.</summary>
    public const int MaxRowsPerSheet = 1_048_575;

    public string Format => "xlsx";

    public string FileName(DumpEntity entity) => entity.Name + ".xlsx";

    public Task<long> WriteAsync(DumpEntity entity, long rowCount, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken cancellationToken)
    {
        // MiniExcel pulls rows synchronously; the export runs on a worker thread, never on a request's.
        using var source = rows.ToBlockingEnumerable(cancellationToken).GetEnumerator();
        var written = 0L;
        var sheetCount = Math.Max(1, (int)((rowCount + rowsPerSheet - 1) / rowsPerSheet));
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var sheet = 1; sheet <= sheetCount; sheet++)
        {
            var name = sheet == 1 ? entity.SheetName : $"{entity.SheetName} {sheet}";
            sheets[name] = rowCount == 0 ? Empty(entity) : Take(entity, source, () => written++);
        }

        MiniExcel.SaveAs(output, sheets, configuration: new OpenXmlConfiguration { FastMode = false, TableStyles = TableStyles.None });
        return Task.FromResult(written);
    }

    /// <summary>The next sheet's rows from the shared cursor: MiniExcel writes the sheets in order.</summary>
    private IEnumerable<IDictionary<string, object?>> Take(DumpEntity entity, IEnumerator<object?[]> source, Action counted)
    {
        for (var taken = 0; taken < rowsPerSheet && source.MoveNext(); taken++)
        {
            counted();
            var row = source.Current;
            var cells = new Dictionary<string, object?>(row.Length, StringComparer.Ordinal);
            for (var i = 0; i < row.Length; i++)
            {
                var column = entity.Columns[i];
                cells[column.Name] = row[i] switch
                {
                    null => null,
                    string or string[] => SpreadsheetText.Cell(DumpValues.Text(row[i]!), column.Kind),
                    DateOnly date => date.ToDateTime(TimeOnly.MinValue),
                    var value => value,
                };
            }

            yield return cells;
        }
    }

    // Without rows MiniExcel cannot learn the columns from a dictionary: an empty table carries the header.
    private static DataTable Empty(DumpEntity entity)
    {
        var table = new DataTable(entity.SheetName);
        foreach (var column in entity.Columns)
        {
            table.Columns.Add(column.Name, typeof(string));
        }

        return table;
    }
}
