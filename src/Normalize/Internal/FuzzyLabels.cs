using System.Globalization;
using CsvHelper;

namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Matches free labels typed by a producer to the known labels of a mapping table (columns source_label, source_value):
/// the most similar label wins if its trigram similarity is above 0.5, as the cd35 staging does with pg_trgm.
/// </summary>
internal sealed class FuzzyLabels
{
    private const double Threshold = 0.5;

    private readonly List<(string Label, string Value)> _labels;

    private FuzzyLabels(List<(string, string)> labels)
    {
        _labels = labels;
    }

    public static FuzzyLabels Load(string resourceName)
    {
        using var reader = new StreamReader(EmbeddedResources.Open($"mappings/{resourceName}"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var labels = new List<(string, string)>();
        while (csv.Read())
        {
            var label = csv.GetField("source_label");
            var value = csv.GetField("source_value");
            if (!string.IsNullOrEmpty(label) && !string.IsNullOrEmpty(value) && !labels.Contains((label, value)))
            {
                labels.Add((label, value));
            }
        }

        return new FuzzyLabels(labels);
    }

    /// <summary>The source_value of the best-matching label, or null when none is similar enough.</summary>
    public string? Match(string raw)
    {
        var best = _labels
            .Select(l => (l.Value, Score: Trigram.Similarity(raw, l.Label)))
            .MaxBy(l => l.Score);
        return best.Score > Threshold ? best.Value : null;
    }

    /// <summary>Splits a comma-separated field, matches each part, keeps distinct matches in order.</summary>
    public IReadOnlyList<string> MatchList(string? raw) =>
        raw is null
            ? []
            : raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(Match).OfType<string>().Distinct().ToList();
}
