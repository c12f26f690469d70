using System.Buffers;
using System.Text;
using System.Text.Json;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// The response of an execution (GraphQL spec §7.1): <see cref="Data"/> is present once execution started
/// (<see cref="HasData"/>), and may be null when a non-null root field failed.
/// </summary>
public sealed class ExecutionResult
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public ExecutionResult(object? data, IReadOnlyList<GraphQLError>? errors, bool hasData)
    {
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
        HasData = hasData;
    }

    /// <summary>The data map: string keys in response order, values of lists, maps, strings, numbers, booleans or null.</summary>
    public object? Data { get; }

    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>The response's <c>extensions</c> entry (§7.1), e.g. the computed cost; null when there is none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Whether the "data" entry is present in the response (execution started).</summary>
    public bool HasData { get; }

    /// <summary>A result with only errors: the request failed before execution (parse, validation, variables).</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, hasData: false);

    /// <summary>Writes <c>{"errors":[...],"data":...}</c> as graphql-js serialises it.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors is not null)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors)
            {
                ResultJson.WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultJson.WriteValue(writer, Data);
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            ResultJson.WriteValue(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
