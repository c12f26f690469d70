using Parquet;
using Parquet.Schema;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// Parquet (Parquet.Net): typed columns (dates as DATE, numbers as DOUBLE, integers as INT32), lists as repeated
/// strings (a null list is null, not empty). Rows are buffered one row group at a time, so memory is bounded by
/// <paramref name="rowGroupSize"/>, not by the table.
/// </summary>
internal sealed class ParquetDumpWriter(int rowGroupSize = ParquetDumpWriter.DefaultRowGroupSize) : IDumpWriter
{
    public const int DefaultRowGroupSize = 20_000;

    // Parquet.Net pools its buffers; unbounded by default, the pool kept ~500 MB of a national export's row groups.
    private static readonly ParquetOptions s_options = new()
    {
        MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 64 * 1024 * 1024,
    };

    public string Format => "parquet";

    public string FileName(DumpEntity entity) => entity.Name + ".parquet";

    public async Task<long> WriteAsync(DumpEntity entity, long rowCount, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken cancellationToken)
    {
        var fields = entity.Columns.Select(Field).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, s_options, cancellationToken: cancellationToken);
        var buffer = new List<object?[]>(Math.Min(rowGroupSize, (int)Math.Min(rowCount, int.MaxValue)));
        long written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            buffer.Add(row);
            if (buffer.Count == rowGroupSize)
            {
                await WriteRowGroupAsync(writer, fields, buffer, cancellationToken);
                written += buffer.Count;
                buffer.Clear();
            }
        }

        // A file always has one row group, even empty, so readers see the schema.
        if (buffer.Count > 0 || written == 0)
        {
            await WriteRowGroupAsync(writer, fields, buffer, cancellationToken);
            written += buffer.Count;
        }

        return written;
    }

    private static Field Field(DumpColumn column) => column.Kind switch
    {
        DumpKind.Date => new DataField<DateOnly?>(column.Name),
        DumpKind.Number => new DataField<double?>(column.Name),
        DumpKind.Integer => new DataField<int?>(column.Name),
        DumpKind.List => new ListField(column.Name, typeof(string)),
        _ => new DataField<string>(column.Name),
    };

    private static async Task WriteRowGroupAsync(ParquetWriter writer, Field[] fields, List<object?[]> rows, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            switch (fields[i])
            {
                case ListField list:
                    await WriteListAsync(group, (DataField)list.Item, rows, i, cancellationToken);
                    break;
                case DataField<DateOnly?> date:
                    await group.WriteAsync<DateOnly>(date, rows.Select(r => (DateOnly?)r[i]).ToArray(), null, null, cancellationToken);
                    break;
                case DataField<double?> number:
                    await group.WriteAsync<double>(number, rows.Select(r => (double?)r[i]).ToArray(), null, null, cancellationToken);
                    break;
                case DataField<int?> integer:
                    await group.WriteAsync<int>(integer, rows.Select(r => (int?)r[i]).ToArray(), null, null, cancellationToken);
                    break;
                case DataField text:
                    await group.WriteAsync(text, rows.Select(r => (string?)r[i]).ToArray()!, null);
                    break;
            }
        }

        group.CompleteValidate();
    }

    /// <summary>
    /// A list column as Dremel levels: repetition 0 starts a row, 1 continues its list; definition 0 is a null list,
    /// the field's maximum a present item (our lists are never empty and never hold null).
    /// </summary>
    private static async Task WriteListAsync(ParquetRowGroupWriter group, DataField item, List<object?[]> rows, int column, CancellationToken cancellationToken)
    {
        var values = new List<ReadOnlyMemory<char>>();
        var definitions = new List<int>(rows.Count);
        var repetitions = new List<int>(rows.Count);
        foreach (var row in rows)
        {
            if (row[column] is not string[] list)
            {
                definitions.Add(0);
                repetitions.Add(0);
                continue;
            }

            for (var j = 0; j < list.Length; j++)
            {
                values.Add(list[j].AsMemory());
                definitions.Add(item.MaxDefinitionLevel);
                repetitions.Add(j == 0 ? 0 : 1);
            }
        }

        await group.WriteAllPartsAsync<ReadOnlyMemory<char>>(
            item, values.ToArray(), definitions.ToArray(), repetitions.ToArray(), cancellationToken);
    }
}
