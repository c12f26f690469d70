using System.Collections.Concurrent;

namespace DataInclusion.Normalize;

/// <summary>A closed list of values of the schema v1 (a référentiel), with lookup and nearest-value suggestion.</summary>
public sealed class Referentiel
{
    // Unknown values repeat across records of a feed; bounded so a hostile feed cannot grow it without limit.
    private const int MaxCachedSuggestions = 10_000;

    private readonly HashSet<string> _values;
    private readonly ConcurrentDictionary<string, string?> _suggestions = new(StringComparer.Ordinal);

    internal Referentiel(string name, IReadOnlyList<ReferentielValue> values)
    {
        Name = name;
        Values = values;
        _values = new HashSet<string>(values.Select(v => v.Value), StringComparer.Ordinal);
    }

    /// <summary>The file name without extension, e.g. <c>thematiques</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<ReferentielValue> Values { get; }

    public bool Contains(string value) => _values.Contains(value);

    /// <summary>The closest valid value (Damerau–Levenshtein, case-insensitive), or null when nothing is close enough.</summary>
    public string? Suggest(string value)
    {
        if (_suggestions.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var suggestion = ComputeSuggestion(value);
        if (_suggestions.Count < MaxCachedSuggestions)
        {
            _suggestions.TryAdd(value, suggestion);
        }

        return suggestion;
    }

    private string? ComputeSuggestion(string value)
    {
        var candidate = value.Trim().ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var known in Values)
        {
            var distance = Internal.EditDistance.Compute(candidate, known.Value);
            if (distance < bestDistance)
            {
                best = known.Value;
                bestDistance = distance;
            }
        }

        // Accept up to a third of the longer string's length: enough for typos and missing letters,
        // not so much that an unrelated value is proposed.
        var limit = Math.Max(2, Math.Max(candidate.Length, best?.Length ?? 0) / 3);
        return bestDistance <= limit ? best : null;
    }
}
