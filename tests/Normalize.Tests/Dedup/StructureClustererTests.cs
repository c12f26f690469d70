using DataInclusion.Normalize.Dedup;

namespace DataInclusion.Normalize.Tests.Dedup;

public sealed class StructureClustererTests
{
    [Fact]
    public void ChainGuard_RefusesAMergeThatWouldJoinAStrongNonMatch()
    {
        // B (no SIRET) matches A and C, but A and C carry different SIRENs: they must not end up together through B.
        var a = PairScorerTestsData.Relais with { Id = "a" };
        var b = a with { Id = "b", Siret = null };
        var c = a with { Id = "c", Siret = "50987654300018" };

        var ids = new StructureClusterer().Cluster([a, b, c]).ClusterIdByIndex;

        Assert.NotEqual(ids[0], ids[2]);
        Assert.True(ids[1] == ids[0] || ids[1] == ids[2]);
    }

    [Fact]
    public void Clusters_CloseTransitively_AndDoNotDependOnInputOrder()
    {
        var a = PairScorerTestsData.Relais with { Id = "a" };
        var b = a with { Id = "b", Siret = null, Adresse = "45 bd de Strasbourg" };
        var c = a with { Id = "c", Nom = "Relais Insertion (association)", Telephone = "+33561000001" };
        var lone = a with { Id = "z", Nom = "Les Amis de la Soupe", Siret = null, Telephone = null, Adresse = "1 rue Bayard", Latitude = 43.62 };

        var forward = new StructureClusterer().Cluster([a, b, c, lone]);
        var backward = new StructureClusterer().Cluster([lone, c, b, a]);

        Assert.Equal(2, forward.Clusters.Count);
        Assert.Equal(["a", "b", "c"], forward.Clusters.Single(k => k.MemberIds.Count == 3).MemberIds);
        Assert.Equal(forward.Clusters, backward.Clusters, (x, y) => x.ClusterId == y.ClusterId && x.MemberIds.SequenceEqual(y.MemberIds));
    }

    [Fact]
    public void EveryRecord_GetsAClusterId_SingletonsIncluded()
    {
        var result = new StructureClusterer().Cluster([PairScorerTestsData.Relais, PairScorerTestsData.Relais with { Id = "x", Nom = "Autre chose", Siret = null }]);

        Assert.Equal(2, result.ClusterIdByIndex.Count);
        Assert.All(result.ClusterIdByIndex, id => Assert.StartsWith("c-", id, StringComparison.Ordinal));
        Assert.NotEqual(result.ClusterIdByIndex[0], result.ClusterIdByIndex[1]);
    }
}
