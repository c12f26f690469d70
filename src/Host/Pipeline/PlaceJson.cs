using System.Text.Json;
using System.Text.Json.Serialization;
using DataInclusion.Normalize.Places;

namespace DataInclusion.Host.Pipeline;

/// <summary>
/// Adds a record's COG codes (<c>code_departement</c>, <c>code_region</c>, <c>code_epci</c>, <c>code_arrondissement</c>)
/// to its normalised JSON, so that the publication fills the mart columns of the same names (migration 0081).
/// </summary>
internal static class PlaceJson
{
    /// <summary>
    /// The place of a record: from the producer's code when it was an arrondissement (enrichment replaced it by its
    /// commune, the arrondissement is kept), else from the enriched code_insee (which enrichment may have filled).
    /// </summary>
    public static CogPlace Of(string? producerCodeInsee, string? enrichedCodeInsee)
    {
        var producer = Cog.Locate(producerCodeInsee);
        return producer.CodeArrondissement is not null && producer.CodeCommune == enrichedCodeInsee ? producer : Cog.Locate(enrichedCodeInsee);
    }

    /// <summary><paramref name="json"/> (a serialised v1 object) with the four fields appended, spliced as text like <see cref="QualityJson"/>.</summary>
    public static string Append(string json, CogPlace place)
    {
        var fields = JsonSerializer.Serialize(new Fields(place.CodeDepartement, place.CodeRegion, place.CodeEpci, place.CodeArrondissement));
        return string.Concat(json.AsSpan(0, json.Length - 1), ",", fields.AsSpan(1));
    }

    private sealed record Fields(
        [property: JsonPropertyName("code_departement")] string? CodeDepartement,
        [property: JsonPropertyName("code_region")] string? CodeRegion,
        [property: JsonPropertyName("code_epci")] string? CodeEpci,
        [property: JsonPropertyName("code_arrondissement")] string? CodeArrondissement);
}
