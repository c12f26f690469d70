using System.Text.Json.Serialization;

namespace DataInclusion.Host.Rest;

/// <summary>
/// One entry of a 422 body, shaped as FastAPI's validation errors (<c>{"detail": [{type, loc, msg, input}]}</c>) so a
/// client of data·inclusion reads it unchanged; <c>msg</c> is our French message, with its "Vouliez-vous dire … ?".
/// </summary>
internal sealed record RestError(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("loc")] IReadOnlyList<string> Loc,
    [property: JsonPropertyName("msg")] string Msg,
    [property: JsonPropertyName("input")] object? Input)
{
    public static RestError Query(string parameter, string message, object? input) => new("value_error", ["query", parameter], message, input);
}

/// <summary>The body of a 422 (a list of <see cref="RestError"/>) or of a 404 (FastAPI's <c>{"detail": "Not Found"}</c>).</summary>
internal sealed record RestErrorBody<T>([property: JsonPropertyName("detail")] T Detail);
