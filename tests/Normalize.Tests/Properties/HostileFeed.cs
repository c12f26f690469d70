using System.Text;
using System.Text.Json.Nodes;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests.Properties;

/// <summary>Where the records of a source's raw document are, and which fields carry their id and name.</summary>
/// <param name="ArrayPath">Dotted path of the record array in the document, empty for a top-level array.</param>
/// <param name="NamePaths">Every field the mapper may take the name from (fallbacks included).</param>
public sealed record RecordShape(string ArrayPath, string IdPath, params string[] NamePaths)
{
    /// <summary>Fields set on every hostile record, e.g. to keep it out of a source's deliberate filters.</summary>
    public IReadOnlyDictionary<string, string> Fixed { get; init; } = new Dictionary<string, string>();
}

/// <summary>A payload mixing a fixture's good records with hostile ones, and how to recognise each hostile record's issues.</summary>
/// <param name="Markers">For each hostile record: the text its record id contains (when it keeps one) and its locator.</param>
public sealed record HostilePayload(RawDocument Good, RawDocument Mixed, IReadOnlyList<(string? Marker, string Locator)> Markers);

/// <summary>Builds hostile payloads from the golden fixtures of the mappers.</summary>
public static class HostileFeed
{
    public static string Marker(int index) => $"hostile-{index}-x";

    /// <summary>A JSON document (array or envelope) or NDJSON lines: the fixture's records, then the hostile ones.</summary>
    public static HostilePayload Json(string folder, string fixture, string stream, RecordShape shape, HostileBatch batch, bool ndjson = false)
    {
        var path = Path.Combine(Paths.Fixtures, folder, fixture);
        var name = Path.GetFileName(path);
        var mediaType = ndjson ? "application/x-ndjson" : "application/json";
        var bytes = File.ReadAllBytes(path);
        var good = new RawDocument(stream, name, bytes, mediaType);
        var goodRecords = ndjson ? [] : RecordArray(JsonNode.Parse(bytes)!, shape.ArrayPath).Select(r => r!.AsObject()).ToList();
        var bases = ndjson ? NdjsonObjects(bytes) : goodRecords;
        var texts = batch.Records.Select((r, i) => RecordText(r, i, bases, shape)).ToList();
        var markers = new List<(string?, string)>();
        string mixed;
        if (ndjson)
        {
            var text = Encoding.UTF8.GetString(bytes).TrimEnd('\n');
            var firstLine = text.Split('\n').Length + 1;
            mixed = text + "\n" + string.Join("\n", texts) + "\n";
            markers.AddRange(batch.Records.Select((r, i) => ((string?)(r.KeepId && r.Whole is null ? Marker(i) : null), $"{name}:ligne {firstLine + i}")));
        }
        else
        {
            var root = JsonNode.Parse(bytes)!;
            var array = RecordArray(root, shape.ArrayPath);
            for (var i = 0; i < texts.Count; i++)
            {
                array.Add(JsonValue.Create($"@@RECORD{i}@@"));
            }

            mixed = root.ToJsonString();
            for (var i = 0; i < texts.Count; i++)
            {
                mixed = mixed.Replace($"\"@@RECORD{i}@@\"", texts[i], StringComparison.Ordinal);
            }

            markers.AddRange(batch.Records.Select((r, i) => ((string?)(r.KeepId && r.Whole is null ? Marker(i) : null), $"{name}[{goodRecords.Count + i}]")));
        }

        return new HostilePayload(good, new RawDocument(stream, name, Encoding.UTF8.GetBytes(mixed), mediaType), markers);
    }

    private static string RecordText(HostileRecord record, int index, List<JsonObject> bases, RecordShape shape)
    {
        if (record.Whole is not null)
        {
            return record.Whole;
        }

        var target = bases[record.BaseSeed % bases.Count].DeepClone().AsObject();
        var fragments = new List<string>();
        var paths = PropertyPaths(target, string.Empty, 0).ToList();
        foreach (var (seed, fragment) in record.Mutations)
        {
            Set(target, paths[seed % paths.Count], Placeholder(fragments, fragment));
        }

        foreach (var namePath in shape.NamePaths)
        {
            Set(target, namePath, Placeholder(fragments, record.InvalidName));
        }

        foreach (var (path, value) in shape.Fixed)
        {
            Set(target, path, JsonValue.Create(value));
        }

        Set(target, shape.IdPath, record.KeepId ? JsonValue.Create(Marker(index)) : Placeholder(fragments, record.InvalidId));
        var text = target.ToJsonString();
        for (var i = 0; i < fragments.Count; i++)
        {
            text = text.Replace($"\"@@FRAGMENT{i}@@\"", fragments[i], StringComparison.Ordinal);
        }

        return text;
    }

    private static JsonValue Placeholder(List<string> fragments, string fragment)
    {
        fragments.Add(fragment);
        return JsonValue.Create($"@@FRAGMENT{fragments.Count - 1}@@");
    }

    // Every property path of the record's objects, three levels deep: the mutations may hit nested fields.
    private static IEnumerable<string> PropertyPaths(JsonObject node, string prefix, int depth)
    {
        foreach (var (key, value) in node.ToList())
        {
            var path = prefix + key;
            yield return path;
            if (value is JsonObject child && depth < 3)
            {
                foreach (var nested in PropertyPaths(child, path + ".", depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    private static void Set(JsonObject record, string path, JsonNode value)
    {
        var parts = path.Split('.');
        var current = record;
        foreach (var part in parts[..^1])
        {
            if (current[part] is not JsonObject next)
            {
                next = new JsonObject();
                current[part] = next;
            }

            current = next;
        }

        current[parts[^1]] = value;
    }

    private static JsonArray RecordArray(JsonNode root, string arrayPath) =>
        arrayPath.Length == 0 ? root.AsArray() : arrayPath.Split('.').Aggregate(root, (node, part) => node[part]!).AsArray();

    private static List<JsonObject> NdjsonObjects(byte[] bytes)
    {
        var objects = new List<JsonObject>();
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            try
            {
                if (JsonNode.Parse(line) is JsonObject record)
                {
                    objects.Add(record);
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // The fixture holds a truncated line on purpose; it is no base for a hostile record.
            }
        }

        return objects;
    }
}
