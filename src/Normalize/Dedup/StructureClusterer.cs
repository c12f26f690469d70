using DataInclusion.Normalize.Enrichment;

namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// Cross-source deduplication of structures (issue 9 §2): enrich, key, block, score, then merge pairs above
/// <see cref="PairScorer.Threshold"/> strongest first, closing clusters transitively with a guard against chains.
/// The one implementation behind the <c>dedup</c> command and the pipeline. Pure and deterministic.
/// </summary>
public sealed class StructureClusterer(Enricher enricher)
{
    /// <summary>Clusters larger than this product of sizes are not merged further: real clusters have 2–50 members.</summary>
    private const int MaxCrossChecks = 2_500;

    public StructureClusterer()
        : this(new Enricher())
    {
    }

    /// <param name="structures">Structures of every source (enriched or not: enrichment is idempotent).</param>
    /// <param name="previous">Member id → cluster id of the last run, to keep ids stable; null for a first run.</param>
    public ClusteringResult Cluster(IReadOnlyList<Structure> structures, IReadOnlyDictionary<string, string>? previous = null)
    {
        var records = new DedupRecord[structures.Count];
        Parallel.For(0, structures.Count, i => records[i] = DedupRecord.From(i, enricher.Enrich(structures[i]).Value));

        var pairs = CandidatePairs.Find(records);
        var scores = new double[pairs.Length];
        Parallel.For(0, pairs.Length, p => scores[p] = PairScorer.Score(records[(int)(pairs[p] >> 32)], records[(int)(uint)pairs[p]]));

        var sets = new UnionFind(records.Length);
        // Ties are broken on ids, not input positions, so the clusters do not depend on the order of the input.
        foreach (var p in Enumerable.Range(0, pairs.Length).Where(p => scores[p] >= PairScorer.Threshold)
            .OrderByDescending(p => scores[p])
            .ThenBy(p => records[(int)(pairs[p] >> 32)].Id, StringComparer.Ordinal)
            .ThenBy(p => records[(int)(uint)pairs[p]].Id, StringComparer.Ordinal))
        {
            var a = sets.Find((int)(pairs[p] >> 32));
            var b = sets.Find((int)(uint)pairs[p]);
            if (a != b && CanMerge(sets.Members(a), sets.Members(b), records))
            {
                sets.Union(a, b);
            }
        }

        return Collect(structures, sets, previous, pairs.Length);
    }

    /// <summary>The chain guard: no member of one cluster may be a strong non-match of a member of the other.</summary>
    private static bool CanMerge(IReadOnlyList<int> left, IReadOnlyList<int> right, DedupRecord[] records)
    {
        if (left.Count * right.Count > MaxCrossChecks)
        {
            return false;
        }

        foreach (var i in left)
        {
            foreach (var j in right)
            {
                if (PairScorer.IsStrongNonMatch(records[i], records[j], out _))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static ClusteringResult Collect(IReadOnlyList<Structure> structures, UnionFind sets, IReadOnlyDictionary<string, string>? previous, int pairCount)
    {
        var roots = new Dictionary<int, List<int>>();
        for (var i = 0; i < structures.Count; i++)
        {
            var root = sets.Find(i);
            if (!roots.TryGetValue(root, out var members))
            {
                members = [];
                roots[root] = members;
            }

            members.Add(i);
        }

        var groups = roots.Values.ToList();
        var memberIds = groups.Select(g => (IReadOnlyList<string>)g.Select(i => structures[i].Id).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToArray()).ToList();
        var ids = ClusterIds.Assign(memberIds, previous);

        var byIndex = new string[structures.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var i in groups[g])
            {
                byIndex[i] = ids[g];
            }
        }

        var clusters = memberIds.Select((members, g) => new StructureCluster(ids[g], members))
            .OrderBy(c => c.ClusterId, StringComparer.Ordinal).ToList();
        return new ClusteringResult(byIndex, clusters, pairCount);
    }
}
