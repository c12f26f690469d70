using DataInclusion.Normalize.Dedup;

namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>
/// Bounds on inputs no real producer should send but some do (bench/dedup/generate_pathological.py): thousands of
/// records at one address with one phone, or one SIRET on a whole network. Counts, not timings.
/// </summary>
public sealed class PathologicalBlocksTests
{
    private static readonly string[] s_words = ["accueil", "jour", "solidarite", "entraide", "escale", "relais", "partage", "ecoute"];

    /// <summary>Records at one point, one phone, one address, names drawn from a small vocabulary (seeded).</summary>
    private static List<Structure> Hub(int count)
    {
        var random = new Random(9);
        return Enumerable.Range(0, count).Select(i => new Structure
        {
            Source = "dora",
            Id = $"hub-{i:D5}",
            Nom = string.Join(' ', s_words.OrderBy(_ => random.Next()).Take(3)),
            DateMaj = new DateOnly(2025, 6, 1),
            CodeInsee = "35238",
            Commune = "Rennes",
            Adresse = "12 rue de la Gare",
            Latitude = 48.1035,
            Longitude = -1.6722,
            Telephone = "0299000000",
        }).ToList();
    }

    private static DedupRecord[] Records(IReadOnlyList<Structure> structures) =>
        structures.Select((s, i) => DedupRecord.From(i, s)).ToArray();

    [Fact]
    public void CandidatePairs_AtOneAddress_GrowLinearly_NotQuadratically()
    {
        var pairs = CandidatePairs.Find(Records(Hub(3_000)));

        // All pairs would be 4.5 million; each record now meets at most 2 × Window partners per block it is in.
        Assert.InRange(pairs.Count, 3_000, 3_000 * 2 * CandidatePairs.Window * 2);
    }

    [Fact]
    public void DenseNeighbourhood_StillPairsRecordsWithTheSameName()
    {
        var hub = Hub(1_000);
        hub.Add(hub[0] with { Id = "epicerie-dora", Nom = "Épicerie sociale du Blosne" });
        hub.Add(hub[0] with { Id = "epicerie-soliguide", Source = "soliguide", Nom = "Epicerie sociale Blosne" });

        var ids = new StructureClusterer().Cluster(hub).ClusterIdByIndex;

        Assert.Equal(ids[^2], ids[^1]);
        Assert.DoesNotContain(ids[^1], ids.Take(1_000));
    }

    [Fact]
    public void Clusters_OfAHub_NeverHoldAStrongNonMatch()
    {
        var hub = Hub(2_000);
        var records = Records(hub);
        var result = new StructureClusterer().Cluster(hub);

        Assert.Contains(result.Clusters, c => c.MemberIds.Count > 1);
        foreach (var members in Enumerable.Range(0, hub.Count).GroupBy(i => result.ClusterIdByIndex[i]).Select(g => g.ToArray()))
        {
            foreach (var i in members)
            {
                Assert.All(members, j => Assert.False(PairScorer.IsStrongNonMatch(records[i], records[j], out _), $"{hub[i].Nom} / {hub[j].Nom}"));
            }
        }
    }

    [Fact]
    public void CandidatePairs_AreEachPairOnce_SortedAndOrdered()
    {
        // A hub's records share every block (name words, commune, cell, phone): each pair is found many times over.
        var pairs = CandidatePairs.Find(Records(Hub(50)));

        Assert.Equal(50 * 49 / 2, pairs.Count);
        Assert.All(pairs, p => Assert.True(p >> 32 < (uint)p));
        Assert.Equal(pairs.Order(), pairs);
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }
}
