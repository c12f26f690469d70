using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace DataInclusion.Host.Rest;

/// <summary>
/// A service as data·inclusion's REST v1 returns it: the schema v1 <c>Service</c> fields (reference §1.4) plus
/// <c>adresse_certifiee</c> and <c>score_qualite</c>.
/// </summary>
internal record RestService
{
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("structure_id")] public required string StructureId { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("nom")] public required string Nom { get; init; }
    [JsonPropertyName("description")] public required string Description { get; init; }
    [JsonPropertyName("lien_source")] public required string? LienSource { get; init; }
    [JsonPropertyName("date_maj")] public required DateOnly DateMaj { get; init; }
    [JsonPropertyName("type")] public required string? Type { get; init; }
    [JsonPropertyName("thematiques")] public required IReadOnlyList<string>? Thematiques { get; init; }
    [JsonPropertyName("frais")] public required string? Frais { get; init; }
    [JsonPropertyName("frais_precisions")] public required string? FraisPrecisions { get; init; }
    [JsonPropertyName("publics")] public required IReadOnlyList<string>? Publics { get; init; }
    [JsonPropertyName("publics_precisions")] public required string? PublicsPrecisions { get; init; }
    [JsonPropertyName("conditions_acces")] public required string? ConditionsAcces { get; init; }
    [JsonPropertyName("commune")] public required string? Commune { get; init; }
    [JsonPropertyName("code_postal")] public required string? CodePostal { get; init; }
    [JsonPropertyName("code_insee")] public required string? CodeInsee { get; init; }
    [JsonPropertyName("adresse")] public required string? Adresse { get; init; }
    [JsonPropertyName("complement_adresse")] public required string? ComplementAdresse { get; init; }
    [JsonPropertyName("longitude")] public required double? Longitude { get; init; }
    [JsonPropertyName("latitude")] public required double? Latitude { get; init; }
    [JsonPropertyName("telephone")] public required string? Telephone { get; init; }
    [JsonPropertyName("courriel")] public required string? Courriel { get; init; }
    [JsonPropertyName("modes_accueil")] public required IReadOnlyList<string>? ModesAccueil { get; init; }
    [JsonPropertyName("zone_eligibilite")] public required IReadOnlyList<string>? ZoneEligibilite { get; init; }
    [JsonPropertyName("contact_nom_prenom")] public required string? ContactNomPrenom { get; init; }
    [JsonPropertyName("lien_mobilisation")] public required string? LienMobilisation { get; init; }
    [JsonPropertyName("modes_mobilisation")] public required IReadOnlyList<string>? ModesMobilisation { get; init; }
    [JsonPropertyName("mobilisable_par")] public required IReadOnlyList<string>? MobilisablePar { get; init; }
    [JsonPropertyName("mobilisation_precisions")] public required string? MobilisationPrecisions { get; init; }
    [JsonPropertyName("volume_horaire_hebdomadaire")] public required double? VolumeHoraireHebdomadaire { get; init; }
    [JsonPropertyName("nombre_semaines")] public required int? NombreSemaines { get; init; }
    [JsonPropertyName("horaires_accueil")] public required string? HorairesAccueil { get; init; }

    /// <summary>The address is the BAN's (geocoded with a score above 0.75), not only the producer's.</summary>
    [JsonPropertyName("adresse_certifiee")] public required bool AdresseCertifiee { get; init; }

    /// <summary>Mean of the applicable data·inclusion v1 quality criteria (0–1, two decimals).</summary>
    [JsonPropertyName("score_qualite")] public required double? ScoreQualite { get; init; }
}

/// <summary><c>GET /services/{id}</c> and the search results: the service with its structure.</summary>
internal sealed record RestDetailedService : RestService
{
    [SetsRequiredMembers]
    public RestDetailedService(RestService service, RestStructure structure)
        : base(service) => Structure = structure;

    [JsonPropertyName("structure")] public required RestStructure Structure { get; init; }
}
