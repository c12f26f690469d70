namespace DataInclusion.Normalize.Dedup;

/// <summary>What <see cref="StructureClusterer"/> returns.</summary>
/// <param name="ClusterIdByIndex">The cluster id of each input structure, in input order (singletons included).</param>
/// <param name="Clusters">Every cluster, singletons included, ordered by cluster id.</param>
/// <param name="ComparedPairs">How many candidate pairs blocking produced (for logs and benchmarks).</param>
public sealed record ClusteringResult(IReadOnlyList<string> ClusterIdByIndex, IReadOnlyList<StructureCluster> Clusters, int ComparedPairs)
{
    /// <summary>Member id → cluster id, the shape <see cref="StructureClusterer.Cluster"/> takes as its previous run.</summary>
    public IReadOnlyDictionary<string, string> ToMap() =>
        Clusters.SelectMany(c => c.MemberIds.Select(id => (id, c.ClusterId)))
            .GroupBy(p => p.id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ClusterId, StringComparer.Ordinal);
}
