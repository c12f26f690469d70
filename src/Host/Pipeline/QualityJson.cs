using System.Text.Json.Serialization;
using DataInclusion.Normalize.Quality;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Adds a service's <c>score_qualite</c> and <c>criteres_qualite</c> to its normalised JSON, so that the publication's
/// <c>jsonb_populate_record</c> fills the mart columns of the same names (migration 0070) like any other field.
/// </summary>
internal static class QualityJson
{
    /// <summary>
    /// Appends the two fields to the service in <paramref name="serviceJson"/> (a serialised <c>Service</c>: an object
    /// with at least its required fields). Spliced in the bytes rather than rebuilt as a DOM: this runs once per service
    /// of a national feed.
    /// </summary>
    public static void Append(JsonObjectBuffer serviceJson, QualityScore quality) =>
        serviceJson.AppendFields(new Fields(quality.Score, quality.Criteres));

    private sealed record Fields(
        [property: JsonPropertyName("score_qualite")] double ScoreQualite,
        [property: JsonPropertyName("criteres_qualite")] IReadOnlyList<CriterionScore> CriteresQualite);
}
