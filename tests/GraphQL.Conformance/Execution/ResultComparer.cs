using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataInclusion.GraphQL.Conformance.Execution;

/// <summary>
/// Compares two GraphQL response JSONs: `data` exactly, object keys in order (responses are ordered maps, spec §7.1),
/// numbers by value; `errors` as a multiset (the spec does not order errors) on message, locations and path.
/// </summary>
public static class ResultComparer
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    /// <summary>Returns null when equal, else what differs.</summary>
    public static string? Difference(JsonNode ours, JsonNode reference)
    {
        var oursObject = ours.AsObject();
        var referenceObject = reference.AsObject();
        if (oursObject.ContainsKey("data") != referenceObject.ContainsKey("data"))
        {
            return $"`data` present: engine {oursObject.ContainsKey("data")}, graphql-js {referenceObject.ContainsKey("data")}";
        }

        if (!ValueEquals(oursObject["data"], referenceObject["data"]))
        {
            return "`data` differs";
        }

        var oursErrors = ErrorKeys(oursObject["errors"]);
        var referenceErrors = ErrorKeys(referenceObject["errors"]);
        return oursErrors.SequenceEqual(referenceErrors, StringComparer.Ordinal)
            ? null
            : "`errors` differ:" + Environment.NewLine + "  engine:     " + string.Join(Environment.NewLine + "              ", oursErrors)
                + Environment.NewLine + "  graphql-js: " + string.Join(Environment.NewLine + "              ", referenceErrors);
    }

    public static string Pretty(JsonNode node) => node.ToJsonString(s_indented);

    private static List<string> ErrorKeys(JsonNode? errors) => errors is null
        ? []
        : errors.AsArray().Select(e => Oracle.OracleJson.ToError(e!).ToString()).Order(StringComparer.Ordinal).ToList();

    private static bool ValueEquals(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return (a, b) switch
        {
            (JsonObject x, JsonObject y) => x.Count == y.Count
                && x.Zip(y).All(p => p.First.Key == p.Second.Key && ValueEquals(p.First.Value, p.Second.Value)),
            (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => ValueEquals(p.First, p.Second)),
            (JsonValue x, JsonValue y) => ScalarEquals(x, y),
            _ => false,
        };
    }

    private static bool ScalarEquals(JsonValue a, JsonValue b)
    {
        var kindA = a.GetValueKind();
        var kindB = b.GetValueKind();
        if (kindA != kindB)
        {
            return false;
        }

        return kindA == JsonValueKind.Number
            ? double.Parse(a.ToJsonString(), CultureInfo.InvariantCulture) == double.Parse(b.ToJsonString(), CultureInfo.InvariantCulture)
            : a.ToJsonString() == b.ToJsonString();
    }
}
