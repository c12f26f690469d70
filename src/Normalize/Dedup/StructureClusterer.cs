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

    /// <summary>An empty input to fill chunk by chunk, for <see cref="Cluster(ClusterInput, IReadOnlyDictionary{string, string}?)"/>.</summary>
    public ClusterInput NewInput() => new(enricher);

    /// <param name="structures">Structures of every source (enriched or not: enrichment is idempotent).</param>
    /// <param name="previous">Member id → cluster id of the last run, to keep ids stable; null for a first run.</param>
    public ClusteringResult Cluster(IReadOnlyList<Structure> structures, IReadOnlyDictionary<string, string>? previous = null)
    {
        var input = NewInput();
        input.Add(structures);
        return Cluster(input, previous);
    }

    /// <param name="input">Every structure's keys (<see cref="NewInput"/>); results are in the order they were added.</param>
    /// <param name="previous">Member id → cluster id of the last run, to keep ids stable; null for a first run.</param>
    public ClusteringResult Cluster(ClusterInput input, IReadOnlyDictionary<string, string>? previous = null)
    {
        // Keys made by another clusterer's enricher (other référentiels) would not compare with this one's.
        ArgumentOutOfRangeException.ThrowIfNotEqual(input.Enricher == enricher, true, nameof(input));
        var records = input.Records;
        var pairs = CandidatePairs.Find(records);

        // Only the pairs above the threshold are kept with their score: most candidate pairs are rejected.
        var accepted = new List<(long Pair, double Score)>();
        var gate = new Lock();
        const int Slice = 4_096;
        Parallel.For(0, (pairs.Count + Slice - 1) / Slice, slice =>
        {
            var mine = new List<(long, double)>();
            for (var p = slice * Slice; p < Math.Min(pairs.Count, (slice + 1) * Slice); p++)
            {
                var score = PairScorer.Score(records[(int)(pairs[p] >> 32)], records[(int)(uint)pairs[p]]);
                if (score >= PairScorer.Threshold)
                {
                    mine.Add((pairs[p], score));
                }
            }

            lock (gate)
            {
                accepted.AddRange(mine);
            }
        });

        var sets = new UnionFind(records.Count);
        // Ties are broken on ids, not input positions, so the clusters do not depend on the order of the input (nor
        // on the order the parallel scoring found them in).
        foreach (var (pair, _) in accepted.OrderByDescending(p => p.Score)
            .ThenBy(p => records[(int)(p.Pair >> 32)].Id, StringComparer.Ordinal)
            .ThenBy(p => records[(int)(uint)p.Pair].Id, StringComparer.Ordinal).ThenBy(p => p.Pair))
        {
            var a = sets.Find((int)(pair >> 32));
            var b = sets.Find((int)(uint)pair);
            if (a != b && CanMerge(sets.Members(a), sets.Members(b), records))
            {
                sets.Union(a, b);
            }
        }

        return Collect(records, sets, previous, pairs.Count);
    }

    /// <summary>The chain guard: no member of one cluster may be a strong non-match of a member of the other.</summary>
    private static bool CanMerge(IReadOnlyList<int> left, IReadOnlyList<int> right, IReadOnlyList<DedupRecord> records)
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

    private static ClusteringResult Collect(IReadOnlyList<DedupRecord> records, UnionFind sets, IReadOnlyDictionary<string, string>? previous, int pairCount)
    {
        var roots = new Dictionary<int, List<int>>();
        for (var i = 0; i < records.Count; i++)
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
        var memberIds = groups.Select(g => (IReadOnlyList<string>)g.Select(i => records[i].Id).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToArray()).ToList();
        var ids = ClusterIds.Assign(memberIds, previous);

        var byIndex = new string[records.Count];
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
