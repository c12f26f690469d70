using System.Text.Json.Nodes;

namespace DataInclusion.Pipeline.Bench;

/// <summary>
/// A day's changes to a generated feed, for <c>--republish --changed N</c>: N % of the records modified (their
/// description gets a sentence more), N/2 % removed (a structure with its services) and N/2 % added (a copy of a record
/// under a new id). The choice of a record depends only on its line number, so the same feed always changes the same way.
/// Broken lines (not a JSON object with an id) are left as they are.
/// </summary>
internal static class FeedChanges
{
    private const int Scale = 10_000;

    /// <summary>Writes the changed feed beside <paramref name="feed"/> and returns it with the count of each change.</summary>
    public static async Task<(FeedFiles Feed, Counts Counts)> WriteAsync(FeedFiles feed, double percent, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetDirectoryName(feed.Structures)!, "changed");
        Directory.CreateDirectory(directory);
        var removedStructures = new HashSet<string>(StringComparer.Ordinal);
        var structures = Path.Combine(directory, "structures.ndjson");
        var services = Path.Combine(directory, "services.ndjson");
        var counts = new Counts();
        await RewriteAsync(feed.Structures, structures, percent, counts, removedStructures, null, cancellationToken);
        await RewriteAsync(feed.Services, services, percent, counts, null, removedStructures, cancellationToken);
        return (feed with { Structures = structures, Services = services, Bytes = new FileInfo(structures).Length + new FileInfo(services).Length }, counts);
    }

    private static async Task RewriteAsync(
        string source, string target, double percent, Counts counts, HashSet<string>? removed, HashSet<string>? removedParents, CancellationToken cancellationToken)
    {
        var threshold = (int)(percent * Scale / 100);
        await using var output = new StreamWriter(target);
        var line = 0;
        await foreach (var text in File.ReadLinesAsync(source, cancellationToken))
        {
            var record = Parse(text);
            if (record?["structure_id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                && removedParents?.Contains(record["structure_id"]!.GetValue<string>()) == true)
            {
                // Its structure left the feed: it leaves with it.
                counts.Removed++;
                line++;
                continue;
            }

            // A multiplicative hash spreads the chosen lines over the feed (Knuth's constant).
            var pick = (int)((uint)(line++ * 2654435761u) % Scale);
            if (record is null || pick >= 2 * threshold)
            {
                await output.WriteLineAsync(text);
                continue;
            }

            var id = record["id"]!.GetValue<string>();
            if (pick < threshold && record["description"] is JsonValue description && description.GetValueKind() == System.Text.Json.JsonValueKind.String)
            {
                record["description"] = description.GetValue<string>() + " Horaires modifiés pour l'hiver.";
                await output.WriteLineAsync(record.ToJsonString());
                counts.Modified++;
            }
            else if (pick < threshold)
            {
                // A record without a text description to modify stays as it is.
                await output.WriteLineAsync(text);
            }
            else if (pick < threshold * 3 / 2)
            {
                removed?.Add(id);
                counts.Removed++;
            }
            else
            {
                await output.WriteLineAsync(text);
                record["id"] = id + "-nouveau";
                await output.WriteLineAsync(record.ToJsonString());
                counts.Added++;
            }
        }
    }

    private static JsonObject? Parse(string line)
    {
        try
        {
            return JsonNode.Parse(line) is JsonObject o && o["id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? o : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>How many records the changes touched (services removed with their structure included).</summary>
    internal sealed class Counts
    {
        public int Modified { get; set; }

        public int Removed { get; set; }

        public int Added { get; set; }

        public override string ToString() => $"{Modified:N0} modified, {Removed:N0} removed, {Added:N0} added";
    }
}
