using System.Text.Json.Serialization;

namespace DataInclusion.Host.Rest;

/// <summary>A <c>/search/services</c> result: the service and, for an in-person service within range, its distance (km, integer).</summary>
internal sealed record RestServiceHit(
    [property: JsonPropertyName("service")] RestDetailedService Service,
    [property: JsonPropertyName("distance")] int? Distance);

/// <summary>
/// A <c>/search</c> result: a service or a structure (the other key is left out), its distance near a place (km,
/// integer) and its score (0–1, two decimals).
/// </summary>
internal sealed record RestSearchHit(
    [property: JsonPropertyName("service"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RestDetailedService? Service,
    [property: JsonPropertyName("structure"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RestDetailedStructure? Structure,
    [property: JsonPropertyName("distance")] int? Distance,
    [property: JsonPropertyName("score_recherche")] double ScoreRecherche);

/// <summary><c>GET /sources</c>: data·inclusion's <c>{slug, nom, description}</c>.</summary>
internal sealed record RestSource(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("nom")] string Nom,
    [property: JsonPropertyName("description")] string? Description);

/// <summary><c>GET /doc/{référentiel}</c>: one value; our référentiel files carry no description, so it is null.</summary>
internal sealed record RestDocValue(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("description")] string? Description);
