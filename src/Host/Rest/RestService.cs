using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace DataInclusion.Host.Rest;

/// <summary>
/// A service as data·inclusion's REST v1 returns it: the schema v1 <c>Service</c> fields (reference §1.4) plus
/// <c>adresse_certifiee</c> and <c>score_qualite</c>; the address and contacts are <see cref="RestPlace"/>'s.
/// </summary>
internal record RestService : RestPlace
{
    /// <summary>Reads the record from its mart row (<see cref="RestRows"/>); the address and contacts are read by the base.</summary>
    [SetsRequiredMembers]
    internal RestService(IReadOnlyDictionary<string, object?> row)
        : base(row)
    {
        Source = RestRows.Text(row, "source")!;
        StructureId = RestRows.Text(row, "structureId")!;
        Id = RestRows.Text(row, "id")!;
        Nom = RestRows.Text(row, "nom")!;
        Description = RestRows.Text(row, "description")!;
        LienSource = RestRows.Text(row, "lienSource");
        DateMaj = RestRows.Date(row);
        Type = RestRows.Text(row, "type");
        Thematiques = row.GetValueOrDefault("thematiques") as string[];
        Frais = RestRows.Text(row, "frais");
        FraisPrecisions = RestRows.Text(row, "fraisPrecisions");
        Publics = row.GetValueOrDefault("publics") as string[];
        PublicsPrecisions = RestRows.Text(row, "publicsPrecisions");
        ConditionsAcces = RestRows.Text(row, "conditionsAcces");
        ModesAccueil = row.GetValueOrDefault("modesAccueil") as string[];
        ZoneEligibilite = row.GetValueOrDefault("zoneEligibilite") as string[];
        ContactNomPrenom = RestRows.Text(row, "contactNomPrenom");
        LienMobilisation = RestRows.Text(row, "lienMobilisation");
        ModesMobilisation = row.GetValueOrDefault("modesMobilisation") as string[];
        MobilisablePar = row.GetValueOrDefault("mobilisablePar") as string[];
        MobilisationPrecisions = RestRows.Text(row, "mobilisationPrecisions");
        VolumeHoraireHebdomadaire = row.GetValueOrDefault("volumeHoraireHebdomadaire") as double?;
        NombreSemaines = row.GetValueOrDefault("nombreSemaines") as int?;
        HorairesAccueil = RestRows.Text(row, "horairesAccueil");
        ScoreQualite = RestRows.Score(row);
    }

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
    [JsonPropertyName("modes_accueil"), JsonPropertyOrder(Order.AfterAddress)] public required IReadOnlyList<string>? ModesAccueil { get; init; }
    [JsonPropertyName("zone_eligibilite"), JsonPropertyOrder(Order.AfterAddress)] public required IReadOnlyList<string>? ZoneEligibilite { get; init; }
    [JsonPropertyName("contact_nom_prenom"), JsonPropertyOrder(Order.AfterAddress)] public required string? ContactNomPrenom { get; init; }
    [JsonPropertyName("lien_mobilisation"), JsonPropertyOrder(Order.AfterAddress)] public required string? LienMobilisation { get; init; }
    [JsonPropertyName("modes_mobilisation"), JsonPropertyOrder(Order.AfterAddress)] public required IReadOnlyList<string>? ModesMobilisation { get; init; }
    [JsonPropertyName("mobilisable_par"), JsonPropertyOrder(Order.AfterAddress)] public required IReadOnlyList<string>? MobilisablePar { get; init; }
    [JsonPropertyName("mobilisation_precisions"), JsonPropertyOrder(Order.AfterAddress)] public required string? MobilisationPrecisions { get; init; }
    [JsonPropertyName("volume_horaire_hebdomadaire"), JsonPropertyOrder(Order.AfterAddress)] public required double? VolumeHoraireHebdomadaire { get; init; }
    [JsonPropertyName("nombre_semaines"), JsonPropertyOrder(Order.AfterAddress)] public required int? NombreSemaines { get; init; }
    [JsonPropertyName("horaires_accueil"), JsonPropertyOrder(Order.AfterAddress)] public required string? HorairesAccueil { get; init; }

    /// <summary>Mean of the applicable data·inclusion v1 quality criteria (0–1, two decimals).</summary>
    [JsonPropertyName("score_qualite"), JsonPropertyOrder(Order.Score)] public required double? ScoreQualite { get; init; }
}

/// <summary><c>GET /services/{id}</c> and the search results: the service with its structure.</summary>
internal sealed record RestDetailedService : RestService
{
    [SetsRequiredMembers]
    public RestDetailedService(RestService service, RestStructure structure)
        : base(service) => Structure = structure;

    [JsonPropertyName("structure")] public required RestStructure Structure { get; init; }
}
