using DataInclusion.Normalize.Quality;

namespace DataInclusion.Normalize.Tests.Quality;

/// <summary>Services to score, and the score of one criterion (null when it does not apply).</summary>
internal static class QualityCases
{
    public static readonly DateOnly Today = new(2026, 12, 6);

    /// <summary>A service that sets only what the schema requires: no list, no contact, a short description.</summary>
    public static Service Minimal(string source = "dora") => new()
    {
        Source = source,
        StructureId = source + "--s1",
        Id = source + "--1",
        Nom = "Accompagnement",
        Description = "Court",
        DateMaj = Today,
    };

    public static double? Criterion(Service service, string nom) =>
        ServiceQuality.Score(service, Today).Criteres.SingleOrDefault(c => c.Nom == nom)?.Score;
}
