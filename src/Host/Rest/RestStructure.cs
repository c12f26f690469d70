using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace DataInclusion.Host.Rest;

/// <summary>
/// A structure as data·inclusion's REST v1 returns it: the schema v1 <c>Structure</c> fields (reference §1.3), plus
/// <c>adresse_certifiee</c> and <c>score_qualite</c> (§1.4, "API responses add"); the address and contacts are
/// <see cref="RestPlace"/>'s. Derived records add the list's and the detail's extras; the OpenAPI document is generated
/// from these types, so the documented shape is the served one.
/// </summary>
internal record RestStructure : RestPlace
{
    /// <summary>Reads the record from its mart row (<see cref="RestRows"/>); the address and contacts are read by the base.</summary>
    [SetsRequiredMembers]
    internal RestStructure(IReadOnlyDictionary<string, object?> row)
        : base(row)
    {
        Source = RestRows.Text(row, "source")!;
        Id = RestRows.Text(row, "id")!;
        Nom = RestRows.Text(row, "nom")!;
        DateMaj = RestRows.Date(row);
        Description = RestRows.Text(row, "description");
        LienSource = RestRows.Text(row, "lienSource");
        Siret = RestRows.Text(row, "siret");
        SiteWeb = RestRows.Text(row, "siteWeb");
        HorairesAccueil = RestRows.Text(row, "horairesAccueil");
        AccessibiliteLieu = RestRows.Text(row, "accessibiliteLieu");
        ReseauxPorteurs = row.GetValueOrDefault("reseauxPorteurs") as string[];
        // data·inclusion: the mean of its services' scores, 0 when it has none (ours stores null then).
        ScoreQualite = RestRows.Score(row) ?? 0;
    }

    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("nom")] public required string Nom { get; init; }
    [JsonPropertyName("date_maj")] public required DateOnly DateMaj { get; init; }
    [JsonPropertyName("description")] public required string? Description { get; init; }
    [JsonPropertyName("lien_source")] public required string? LienSource { get; init; }
    [JsonPropertyName("siret")] public required string? Siret { get; init; }
    [JsonPropertyName("site_web"), JsonPropertyOrder(Order.AfterAddress)] public required string? SiteWeb { get; init; }
    [JsonPropertyName("horaires_accueil"), JsonPropertyOrder(Order.AfterAddress)] public required string? HorairesAccueil { get; init; }
    [JsonPropertyName("accessibilite_lieu"), JsonPropertyOrder(Order.AfterAddress)] public required string? AccessibiliteLieu { get; init; }
    [JsonPropertyName("reseaux_porteurs"), JsonPropertyOrder(Order.AfterAddress)] public required IReadOnlyList<string>? ReseauxPorteurs { get; init; }

    /// <summary>Mean quality score of its services (0–1); 0 when it has none, as data·inclusion.</summary>
    [JsonPropertyName("score_qualite"), JsonPropertyOrder(Order.Score)] public required double ScoreQualite { get; init; }
}
