using System.Collections;
using System.Text.Json;
using DataInclusion.GraphQL.Internal;

namespace DataInclusion.GraphQL.Execution;

/// <summary>JSON writing of result values and errors (GraphQL spec §7.1.2 error shape).</summary>
internal static class ResultJson
{
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 })
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is not null)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in error.Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, error.Extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case ResultMap resultMap:
                writer.WriteStartObject();
                for (var k = 0; k < resultMap.Count; k++)
                {
                    writer.WritePropertyName(resultMap.EncodedKeyAt(k));
                    WriteValue(writer, resultMap.ValueAt(k));
                }

                writer.WriteEndObject();
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                writer.WriteStartObject();
                foreach (var (key, item) in entries)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    // JSON.stringify writes integral doubles without a fraction (1 not 1.0) and switches to exponents at 1e21 and 1e-7;
    // .NET's shortest round-trip format agrees in between, so only the extremes take the slow path.
    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        var magnitude = Math.Abs(value);
        if (value == Math.Floor(value) && magnitude < 9e18)
        {
            writer.WriteNumberValue((long)value);
        }
        else if (magnitude is >= 1e-4 and < 1e15)
        {
            writer.WriteNumberValue(value);
        }
        else if (double.IsFinite(value))
        {
            writer.WriteRawValue(Inspect.Number(value));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
