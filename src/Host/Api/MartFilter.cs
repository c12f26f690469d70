namespace DataInclusion.Host.Api;

/// <summary>The optional filters of the list queries; each one set narrows the result (AND).</summary>
internal sealed record MartFilter(
    IReadOnlyList<string>? Sources = null,
    string? CodeCommune = null,
    string? CodeDepartement = null,
    IReadOnlyList<string>? Thematiques = null,
    IReadOnlyList<string>? Publics = null,
    bool ExclureDoublons = false,
    double? ScoreQualiteMinimum = null);
