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

    /// <summary>Appends the four fields to the record in <paramref name="json"/> (a serialised v1 object), like <see cref="QualityJson"/>.</summary>
    public static void Append(JsonObjectBuffer json, CogPlace place) =>
        json.AppendFields(new Fields(place.CodeDepartement, place.CodeRegion, place.CodeEpci, place.CodeArrondissement));

    private sealed record Fields(
        [property: JsonPropertyName("code_departement")] string? CodeDepartement,
        [property: JsonPropertyName("code_region")] string? CodeRegion,
        [property: JsonPropertyName("code_epci")] string? CodeEpci,
        [property: JsonPropertyName("code_arrondissement")] string? CodeArrondissement);
}
