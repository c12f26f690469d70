using System.Text.Json.Serialization;

namespace DataInclusion.Normalize;

/// <summary>A structure in the data·inclusion schema v1 (1.0.8); field names and order follow schema/structure.json.</summary>
/// <remarks>Fields hold the values as mapped, valid or not: <see cref="RecordValidator"/> says what is wrong with them.</remarks>
public sealed record Structure
{
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("nom")]
    public required string Nom { get; init; }

    [JsonPropertyName("date_maj")]
    public required DateOnly DateMaj { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("lien_source")]
    public string? LienSource { get; init; }

    [JsonPropertyName("siret")]
    public string? Siret { get; init; }

    [JsonPropertyName("commune")]
    public string? Commune { get; init; }

    [JsonPropertyName("code_postal")]
    public string? CodePostal { get; init; }

    [JsonPropertyName("code_insee")]
    public string? CodeInsee { get; init; }

    [JsonPropertyName("adresse")]
    public string? Adresse { get; init; }

    [JsonPropertyName("complement_adresse")]
    public string? ComplementAdresse { get; init; }

    [JsonPropertyName("longitude")]
    public double? Longitude { get; init; }

    [JsonPropertyName("latitude")]
    public double? Latitude { get; init; }

    [JsonPropertyName("telephone")]
    public string? Telephone { get; init; }

    [JsonPropertyName("courriel")]
    public string? Courriel { get; init; }

    [JsonPropertyName("site_web")]
    public string? SiteWeb { get; init; }

    [JsonPropertyName("horaires_accueil")]
    public string? HorairesAccueil { get; init; }

    [JsonPropertyName("accessibilite_lieu")]
    public string? AccessibiliteLieu { get; init; }

    [JsonPropertyName("reseaux_porteurs")]
    public IReadOnlyList<string>? ReseauxPorteurs { get; init; }
}
