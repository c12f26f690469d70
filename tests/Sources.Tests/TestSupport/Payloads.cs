using System.Text.Json;

namespace DataInclusion.Sources.Tests.TestSupport;

/// <summary>Reading fetched payloads in assertions.</summary>
internal static class Payloads
{
    /// <summary>The number of records under <paramref name="arrayProperty"/> (or of the root array when null).</summary>
    public static int Count(RawPayload payload, string? arrayProperty = "results")
    {
        using var document = JsonDocument.Parse(payload.Content);
        var array = arrayProperty is null ? document.RootElement : document.RootElement.GetProperty(arrayProperty);
        return array.GetArrayLength();
    }

    public static IReadOnlyList<string> Strings(RawPayload payload, string arrayProperty, string field)
    {
        using var document = JsonDocument.Parse(payload.Content);
        return [.. document.RootElement.GetProperty(arrayProperty).EnumerateArray().Select(row => row.GetProperty(field).ToString())];
    }
}
