namespace DataInclusion.Normalize.Quality;

/// <summary>
/// A service's <c>score_qualite</c>: the mean of its applicable criteria, in [0, 1] with two decimals, and the
/// breakdown a producer reads to see why (criteria that do not apply to the service are absent from it).
/// </summary>
public sealed record QualityScore(double Score, IReadOnlyList<CriterionScore> Criteres);
