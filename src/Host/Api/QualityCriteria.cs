using System.Text.Json;

namespace DataInclusion.Host.Api;

/// <summary>Reads a service row's <c>criteres_qualite</c> (jsonb, read as its text) as the list of <c>CritereQualite</c> objects.</summary>
internal static class QualityCriteria
{
    public static object? Read(object? source)
    {
        if (source is not IReadOnlyDictionary<string, object?> row || row.GetValueOrDefault("criteresQualite") is not string json)
        {
            return null;
        }

        // Written by the pipeline (QualityJson) as [{"nom": …, "score": …}]; anything else is not ours to show.
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind != JsonValueKind.Array
            ? null
            : document.RootElement.EnumerateArray()
                .Select(c => new Dictionary<string, object?> { ["nom"] = c.GetProperty("nom").GetString(), ["score"] = c.GetProperty("score").GetDouble() })
                .ToList();
    }
}
