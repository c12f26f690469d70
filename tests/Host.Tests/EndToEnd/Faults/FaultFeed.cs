using System.Text;
using System.Text.Json.Nodes;
using DataInclusion.Fakes.V1Feed;

namespace DataInclusion.Host.Tests.EndToEnd.Faults;

/// <summary>
/// A schema v1 feed of the <c>demo</c> source for the fault tests: the fakes' sample records (an action-logement export)
/// copied <c>copies</c> times under new ids.
/// </summary>
internal static class FaultFeed
{
    public static List<JsonNode> Structures(int copies) => Copy(FakeFeedServer.SampleStructures, copies, service: false);

    public static List<JsonNode> Services(int copies) => Copy(FakeFeedServer.SampleServices, copies, service: true);

    public static byte[] Json(IEnumerable<JsonNode> rows) => Encoding.UTF8.GetBytes(new JsonArray([.. rows.Select(r => r.DeepClone())]).ToJsonString());

    /// <summary>
    /// The same records, the first <paramref name="count"/> with every list field turned into an object: a producer
    /// whose export changed shape.
    /// </summary>
    public static List<JsonNode> WithListsAsObjects(IEnumerable<JsonNode> rows, int count) =>
    [
        .. rows.Select((row, index) =>
        {
            var copy = row.DeepClone().AsObject();
            if (index >= count)
            {
                return copy;
            }

            foreach (var name in copy.Where(p => p.Value is JsonArray).Select(p => p.Key).ToList())
            {
                copy[name] = new JsonObject { ["values"] = copy[name]!.DeepClone() };
            }

            return (JsonNode)copy;
        }),
    ];

    /// <summary>A JSON array holding one structure whose <c>nom</c> is nested <paramref name="depth"/> arrays deep, then the <paramref name="rows"/>.</summary>
    public static byte[] JsonWithDeepRecord(IReadOnlyList<JsonNode> rows, int depth)
    {
        var deep = new StringBuilder(2 * depth + 100);
        deep.Append("""[{"id":"deep-record","nom":""").Append('[', depth).Append(']', depth).Append('}');
        foreach (var row in rows)
        {
            deep.Append(',').Append(row.ToJsonString());
        }

        return Encoding.UTF8.GetBytes(deep.Append(']').ToString());
    }

    private static string Local(JsonNode? id) => id!.GetValue<string>().Replace("action-logement--", string.Empty, StringComparison.Ordinal);

    private static List<JsonNode> Copy(IReadOnlyList<JsonNode> sample, int copies, bool service)
    {
        var rows = new List<JsonNode>(sample.Count * copies);
        for (var k = 0; k < copies; k++)
        {
            foreach (var record in sample)
            {
                var copy = record.DeepClone().AsObject();
                copy["source"] = "demo";
                copy["id"] = $"{Local(copy["id"])}-{k}";
                if (service)
                {
                    copy["structure_id"] = $"{Local(copy["structure_id"])}-{k}";

                    // Values of the référentiels this schema version knows (the fakes' sample predates them).
                    copy["thematiques"] = new JsonArray("trouver-un-emploi--repondre-a-des-offres-demploi");
                    copy["publics"] = new JsonArray("demandeurs-emploi");
                }

                rows.Add(copy);
            }
        }

        return rows;
    }
}
