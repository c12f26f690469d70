using System.Security.Cryptography;
using System.Text;

namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// Cluster ids that survive runs. A fresh id is a hash of the cluster's smallest member id (deterministic from its
/// members); a cluster holding more than half of a previous cluster's members keeps that cluster's id, so a new
/// member joining, or one leaving a big cluster, does not rename it.
/// </summary>
public static class ClusterIds
{
    /// <summary>The fresh id of a cluster: <c>c-</c> and 16 hex digits of SHA-256 of its smallest member id (ordinal).</summary>
    public static string Fresh(IEnumerable<string> memberIds)
    {
        var smallest = memberIds.Min(StringComparer.Ordinal) ?? throw new ArgumentException("A cluster has members.", nameof(memberIds));
        return "c-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(smallest)))[..16];
    }

    /// <summary>
    /// One id per cluster, in order. <paramref name="previous"/> maps member id → its cluster id in the last run.
    /// Each previous id goes to at most one cluster: the one holding most of its members (ties: smallest member id).
    /// </summary>
    public static IReadOnlyList<string> Assign(IReadOnlyList<IReadOnlyList<string>> clusters, IReadOnlyDictionary<string, string>? previous)
    {
        var previousSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var clusterId in previous?.Values ?? [])
        {
            previousSizes[clusterId] = previousSizes.GetValueOrDefault(clusterId) + 1;
        }

        var ids = new string?[clusters.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        if (previous is not null)
        {
            // Candidates (previous id, cluster, shared members) where most of the previous cluster stayed together.
            var claims = new List<(string PreviousId, int Cluster, int Shared, string Smallest)>();
            for (var c = 0; c < clusters.Count; c++)
            {
                var shared = clusters[c].Select(id => previous.GetValueOrDefault(id)).OfType<string>()
                    .GroupBy(id => id, StringComparer.Ordinal);
                foreach (var group in shared)
                {
                    if (group.Count() * 2 > previousSizes[group.Key])
                    {
                        claims.Add((group.Key, c, group.Count(), clusters[c].Min(StringComparer.Ordinal)!));
                    }
                }
            }

            foreach (var claim in claims.OrderByDescending(c => c.Shared).ThenBy(c => c.Smallest, StringComparer.Ordinal)
                .ThenBy(c => c.PreviousId, StringComparer.Ordinal))
            {
                if (ids[claim.Cluster] is null && taken.Add(claim.PreviousId))
                {
                    ids[claim.Cluster] = claim.PreviousId;
                }
            }
        }

        for (var c = 0; c < clusters.Count; c++)
        {
            if (ids[c] is null)
            {
                // A fresh id may already belong to a cluster that kept it (its old smallest member left): suffix it.
                var fresh = Fresh(clusters[c]);
                var candidate = fresh;
                for (var n = 2; !taken.Add(candidate); n++)
                {
                    candidate = $"{fresh}-{n}";
                }

                ids[c] = candidate;
            }
        }

        return ids!;
    }
}
