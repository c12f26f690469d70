using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace DataInclusion.Normalize.Internal;

/// <summary>
/// A source-value → v1-value lookup table (Resources/Mappings/&lt;source&gt;/*.csv, columns source_value, target_value,
/// optional priority). A source value may give several targets; an empty target means "known, deliberately unmapped".
/// </summary>
internal sealed class ValueMap
{
    private readonly Dictionary<string, List<(string Target, int Priority)>> _map;

    private ValueMap(Dictionary<string, List<(string Target, int Priority)>> map, string name)
    {
        _map = map;
        Name = name;
    }

    public string Name { get; }

    /// <param name="resourceName">Path under Resources/Mappings, e.g. <c>dora/types-to-type.csv</c>.</param>
    /// <param name="comparer">How source values are matched (ordinal by default).</param>
    /// <param name="qualifierColumn">A column that qualifies the key as <c>qualifier:source_value</c> (e.g. orientation_type).</param>
    public static ValueMap Load(string resourceName, StringComparer? comparer = null, string? qualifierColumn = null)
    {
        var map = new Dictionary<string, List<(string, int)>>(comparer ?? StringComparer.Ordinal);
        using var reader = new StreamReader(EmbeddedResources.Open($"mappings/{resourceName}"));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var hasPriority = csv.HeaderRecord?.Contains("priority") == true;
        while (csv.Read())
        {
            var source = csv.GetField("source_value") ?? string.Empty;
            if (qualifierColumn is not null)
            {
                source = $"{csv.GetField(qualifierColumn)}:{source}";
            }

            var target = csv.GetField("target_value") ?? string.Empty;
            var priority = hasPriority && int.TryParse(csv.GetField("priority"), CultureInfo.InvariantCulture, out var p) ? p : 0;
            if (!map.TryGetValue(source, out var targets))
            {
                map[source] = targets = [];
            }

            if (target.Length > 0)
            {
                targets.Add((target, priority));
            }
        }

        return new ValueMap(map, resourceName);
    }

    public bool IsKnown(string source) => _map.ContainsKey(source);

    /// <summary>Every target of the given source values, distinct, in first-seen order.</summary>
    public IReadOnlyList<string> MapAll(IEnumerable<string> sources)
    {
        var result = new List<string>();
        foreach (var source in sources)
        {
            if (_map.TryGetValue(source, out var targets))
            {
                foreach (var (target, _) in targets)
                {
                    if (!result.Contains(target))
                    {
                        result.Add(target);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>For single-valued fields: the target with the lowest priority among the given source values.</summary>
    public string? MapBest(IEnumerable<string> sources) =>
        sources
            .SelectMany(s => _map.TryGetValue(s, out var targets) ? targets : [])
            .OrderBy(t => t.Priority)
            .Select(t => t.Target)
            .FirstOrDefault();
}
