using DataInclusion.Normalize;

namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>The baseline the issue measures against: records with the same SIRET are one place, all others singletons.</summary>
public static class SiretBaseline
{
    public static IReadOnlyList<string> Cluster(IReadOnlyList<Structure> structures) =>
        structures.Select(s => string.IsNullOrWhiteSpace(s.Siret) ? "id:" + s.Id : "siret:" + s.Siret).ToList();
}
