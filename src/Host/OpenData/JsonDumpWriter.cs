using System.Text.Json;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// JSON: an array of v1 records (<c>json</c>), or one record per line (<c>ndjson</c>). Values keep their types; null
/// fields are written as null, like data·inclusion's records.
/// </summary>
internal sealed class JsonDumpWriter(bool lines) : IDumpWriter
{
    private const int FlushEvery = 1000;

    private static readonly JsonWriterOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Format => lines ? "ndjson" : "json";

    public string FileName(DumpEntity entity) => entity.Name + "." + Format;

    public async Task<long> WriteAsync(DumpEntity entity, long rowCount, IAsyncEnumerable<object?[]> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, s_options);
        if (!lines)
        {
            json.WriteStartArray();
        }

        long written = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteRecord(json, entity, row);
            written++;
            if (lines)
            {
                await json.FlushAsync(cancellationToken);
                output.WriteByte((byte)'\n');
                json.Reset();
            }
            else if (written % FlushEvery == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        if (!lines)
        {
            json.WriteEndArray();
        }

        await json.FlushAsync(cancellationToken);
        return written;
    }

    /// <summary>One record as a JSON object of v1 fields (also the properties of a GeoJSON feature).</summary>
    public static void WriteRecord(Utf8JsonWriter json, DumpEntity entity, object?[] row)
    {
        json.WriteStartObject();
        for (var i = 0; i < row.Length; i++)
        {
            json.WritePropertyName(entity.Columns[i].Name);
            WriteValue(json, row[i]);
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string[] list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case int integer:
                json.WriteNumberValue(integer);
                break;
            default:
                json.WriteStringValue(DumpValues.Text(value));
                break;
        }
    }
}
