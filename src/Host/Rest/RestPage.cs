using System.Text.Json.Serialization;

namespace DataInclusion.Host.Rest;

/// <summary>
/// data·inclusion's page envelope (reference §5.1): <c>size</c> is the number of items returned, <c>pages</c>
/// ceil(total / requested size). <c>next</c> is ours: an opaque keyset cursor to pass as <c>cursor</c> for the following
/// page (null on the last), which stays valid across a republication where a page number would shift; <c>page</c> is
/// null on a page reached by cursor.
/// </summary>
internal sealed record RestPage<T>(
    [property: JsonPropertyName("items")] IReadOnlyList<T> Items,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("page")] int? Page,
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("pages")] int Pages,
    [property: JsonPropertyName("next")] string? Next);
