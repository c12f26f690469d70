namespace DataInclusion.Host.Api;

/// <summary>
/// The optional filters of the list and search queries, with data·inclusion's semantics (reference §5.2); each one set
/// narrows the result (AND), each list is "any of". One record for every door (GraphQL today, REST v1 later): a door
/// fills it from its own parameter names, <see cref="MartFilterValidation"/> checks it, <see cref="MartsReader"/> turns
/// it into SQL. Filters that only make sense for services (thématiques, frais, publics, modes d'accueil, types) are
/// ignored on structures.
/// </summary>
internal sealed record MartFilter(
    IReadOnlyList<string>? Sources = null,
    string? CodeCommune = null,
    string? CodeDepartement = null,
    IReadOnlyList<string>? Thematiques = null,
    IReadOnlyList<string>? Publics = null,
    bool ExclureDoublons = false,
    double? ScoreQualiteMinimum = null,
    IReadOnlyList<string>? ReseauxPorteurs = null,
    IReadOnlyList<string>? Frais = null,
    IReadOnlyList<string>? ModesAccueil = null,
    IReadOnlyList<string>? Types = null,
    DateTimeOffset? UpdatedSince = null,
    string? CodeRegion = null,
    string? CodeEpci = null,
    string? SlugDepartement = null,
    string? SlugRegion = null,
    string? RecherchePublic = null)
{
    /// <summary>Whether a filter that only services can satisfy is set (a structure never matches it).</summary>
    public bool HasServiceOnlyFilter =>
        Thematiques is { Count: > 0 } || Publics is { Count: > 0 } || Frais is { Count: > 0 } || ModesAccueil is { Count: > 0 } || Types is { Count: > 0 }
        || RecherchePublic is not null;

    /// <summary>Whether a place filter narrows the rows through its own btree index.</summary>
    public bool HasPlace => CodeCommune is not null || CodeDepartement is not null || CodeRegion is not null || CodeEpci is not null;
}
