using System.Text.Json;

namespace DataInclusion.GraphQL.Conformance.Corpus;

/// <summary>
/// known-differences.json: corpus entries where the engine still disagrees with graphql-js. They stay in the corpus and are
/// counted and listed in the test output, never silently dropped. Shape: {"validation":[{"id","reason"}],"execution":[...],...}.
/// </summary>
public sealed class KnownDifferences
{
    private static readonly Lazy<KnownDifferences> s_instance = new(() => Load(Oracle.ConformancePaths.KnownDifferences));

    private readonly Dictionary<string, Dictionary<string, string>> _sections;

    private KnownDifferences(Dictionary<string, Dictionary<string, string>> sections)
    {
        _sections = sections;
    }

    public static KnownDifferences Instance => s_instance.Value;

    public bool TryGetReason(string section, string id, out string reason)
    {
        reason = string.Empty;
        return _sections.TryGetValue(section, out var entries) && entries.TryGetValue(id, out reason!);
    }

    public IReadOnlyDictionary<string, string> Section(string section) =>
        _sections.TryGetValue(section, out var entries) ? entries : new Dictionary<string, string>();

    public static KnownDifferences Load(string path)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new KnownDifferences(sections);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var section in document.RootElement.EnumerateObject())
        {
            if (section.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in section.Value.EnumerateArray())
            {
                entries[entry.GetProperty("id").GetString()!] = entry.GetProperty("reason").GetString() ?? string.Empty;
            }

            sections[section.Name] = entries;
        }

        return new KnownDifferences(sections);
    }
}
