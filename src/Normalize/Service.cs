using System.Text.Json.Serialization;

namespace DataInclusion.Normalize;

/// <summary>A service in the data·inclusion schema v1 (1.0.8); field names and order follow schema/service.json.</summary>
/// <remarks>Fields hold the values as mapped, valid or not: <see cref="RecordValidator"/> says what is wrong with them.</remarks>
public sealed record Service
{
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("structure_id")]
    public required string StructureId { get; init; }

    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("nom")]
    public required string Nom { get; init; }

    [JsonPropertyName("description")]
    public required string Description { get; init; }

    [JsonPropertyName("lien_source")]
    public string? LienSource { get; init; }

    [JsonPropertyName("date_maj")]
    public required DateOnly DateMaj { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("thematiques")]
    public IReadOnlyList<string>? Thematiques { get; init; }

    [JsonPropertyName("frais")]
    public string? Frais { get; init; }

    [JsonPropertyName("frais_precisions")]
    public string? FraisPrecisions { get; init; }

    [JsonPropertyName("publics")]
    public IReadOnlyList<string>? Publics { get; init; }

    [JsonPropertyName("publics_precisions")]
    public string? PublicsPrecisions { get; init; }

    [JsonPropertyName("conditions_acces")]
    public string? ConditionsAcces { get; init; }

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

    [JsonPropertyName("modes_accueil")]
    public IReadOnlyList<string>? ModesAccueil { get; init; }

    [JsonPropertyName("zone_eligibilite")]
    public IReadOnlyList<string>? ZoneEligibilite { get; init; }

    [JsonPropertyName("contact_nom_prenom")]
    public string? ContactNomPrenom { get; init; }

    [JsonPropertyName("lien_mobilisation")]
    public string? LienMobilisation { get; init; }

    [JsonPropertyName("modes_mobilisation")]
    public IReadOnlyList<string>? ModesMobilisation { get; init; }

    [JsonPropertyName("mobilisable_par")]
    public IReadOnlyList<string>? MobilisablePar { get; init; }

    [JsonPropertyName("mobilisation_precisions")]
    public string? MobilisationPrecisions { get; init; }

    [JsonPropertyName("volume_horaire_hebdomadaire")]
    public double? VolumeHoraireHebdomadaire { get; init; }

    [JsonPropertyName("nombre_semaines")]
    public int? NombreSemaines { get; init; }

    [JsonPropertyName("horaires_accueil")]
    public string? HorairesAccueil { get; init; }
}
