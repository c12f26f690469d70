using System.Globalization;
using System.Text;
using CsvHelper;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// CSV, UTF-8 without BOM, header = the v1 field names, lists as <c>a,b</c> in one quoted cell: the convention of our
/// v1 feed reader, so a dump imports back as it is. Free text is kept from being read as a formula.
/// </summary>
internal sealed class CsvDumpWriter : IDumpWriter
{
    public string Format => "csv";

    public string FileName(DumpEntity entity) => entity.Name + ".csv";

    public async Task<long> WriteAsync(DumpEntity entity, long rowCount, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        await using var csv = new CsvWriter(text, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in entity.Columns)
        {
            csv.WriteField(column.Name);
        }

        await csv.NextRecordAsync();
        long written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < row.Length; i++)
            {
                var kind = entity.Columns[i].Kind;
                csv.WriteField(row[i] switch
                {
                    null => string.Empty,
                    string or string[] => SpreadsheetText.Cell(DumpValues.Text(row[i]!), kind),
                    var value => DumpValues.Text(value),
                });
            }

            await csv.NextRecordAsync();
            written++;
        }

        await csv.FlushAsync();
        return written;
    }
}
