using System.Text.Json.Serialization;

namespace DataInclusion.Host.Rest;

/// <summary>
/// A structure as data·inclusion's REST v1 returns it: the schema v1 <c>Structure</c> fields (reference §1.3), plus
/// <c>adresse_certifiee</c> and <c>score_qualite</c> (§1.4, "API responses add"). Derived records add the list's and the
/// detail's extras; the OpenAPI document is generated from these types, so the documented shape is the served one.
/// </summary>
internal record RestStructure
{
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("nom")] public required string Nom { get; init; }
    [JsonPropertyName("date_maj")] public required DateOnly DateMaj { get; init; }
    [JsonPropertyName("description")] public required string? Description { get; init; }
    [JsonPropertyName("lien_source")] public required string? LienSource { get; init; }
    [JsonPropertyName("siret")] public required string? Siret { get; init; }
    [JsonPropertyName("commune")] public required string? Commune { get; init; }
    [JsonPropertyName("code_postal")] public required string? CodePostal { get; init; }
    [JsonPropertyName("code_insee")] public required string? CodeInsee { get; init; }
    [JsonPropertyName("adresse")] public required string? Adresse { get; init; }
    [JsonPropertyName("complement_adresse")] public required string? ComplementAdresse { get; init; }
    [JsonPropertyName("longitude")] public required double? Longitude { get; init; }
    [JsonPropertyName("latitude")] public required double? Latitude { get; init; }
    [JsonPropertyName("telephone")] public required string? Telephone { get; init; }
    [JsonPropertyName("courriel")] public required string? Courriel { get; init; }
    [JsonPropertyName("site_web")] public required string? SiteWeb { get; init; }
    [JsonPropertyName("horaires_accueil")] public required string? HorairesAccueil { get; init; }
    [JsonPropertyName("accessibilite_lieu")] public required string? AccessibiliteLieu { get; init; }
    [JsonPropertyName("reseaux_porteurs")] public required IReadOnlyList<string>? ReseauxPorteurs { get; init; }

    /// <summary>The address is the BAN's (geocoded with a score above 0.75), not only the producer's.</summary>
    [JsonPropertyName("adresse_certifiee")] public required bool AdresseCertifiee { get; init; }

    /// <summary>Mean quality score of its services (0–1); 0 when it has none, as data·inclusion.</summary>
    [JsonPropertyName("score_qualite")] public required double ScoreQualite { get; init; }
}
