using DataInclusion.Normalize.Dedup;

namespace DataInclusion.Normalize.Tests.Dedup;

public sealed class ClusterIdsTests
{
    [Fact]
    public void Fresh_DependsOnlyOnTheSmallestMember()
    {
        Assert.Equal(ClusterIds.Fresh(["b", "a"]), ClusterIds.Fresh(["a", "c"]));
        Assert.NotEqual(ClusterIds.Fresh(["a"]), ClusterIds.Fresh(["b"]));
        Assert.Matches("^c-[0-9a-f]{16}$", ClusterIds.Fresh(["a"]));
    }

    [Fact]
    public void ANewMember_EvenTheSmallest_DoesNotRenameTheCluster()
    {
        var previous = new Dictionary<string, string> { ["b"] = "X", ["c"] = "X" };

        Assert.Equal(["X"], ClusterIds.Assign([["a", "b", "c"]], previous));
    }

    [Fact]
    public void ASingletonJoinedByADuplicate_KeepsItsId()
    {
        var previous = new Dictionary<string, string> { ["a"] = "S" };

        Assert.Equal(["S"], ClusterIds.Assign([["a", "z"]], previous));
    }

    [Fact]
    public void ASplit_LeavesTheIdToTheMajority_AndTheRestGetsAnotherId()
    {
        var previous = new Dictionary<string, string> { ["a"] = "X", ["b"] = "X", ["c"] = "X" };

        var ids = ClusterIds.Assign([["a"], ["b", "c"]], previous);

        Assert.Equal("X", ids[1]);
        Assert.NotEqual("X", ids[0]);
    }

    [Fact]
    public void AFreshIdAlreadyKeptByAnotherCluster_IsNotReused()
    {
        var kept = ClusterIds.Fresh(["a"]);
        var previous = new Dictionary<string, string> { ["a"] = kept, ["b"] = kept, ["c"] = kept };

        var ids = ClusterIds.Assign([["a"], ["b", "c"]], previous);

        Assert.Equal(kept, ids[1]);
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public void AMerge_KeepsTheIdOfTheLargerPart()
    {
        var previous = new Dictionary<string, string> { ["a"] = "X", ["b"] = "X", ["c"] = "Y" };

        Assert.Equal(["X"], ClusterIds.Assign([["a", "b", "c"]], previous));
    }

    [Fact]
    public void Clusterer_GivenItsPreviousRun_KeepsIdsWhenADuplicateArrives()
    {
        var clusterer = new StructureClusterer();
        var first = PairScorerTestsData.Relais with { Id = "soliguide--7" };
        var before = clusterer.Cluster([first]);
        var duplicate = PairScorerTestsData.Relais with { Id = "dora--0", Siret = null, Adresse = "45 bd de Strasbourg" };

        var after = clusterer.Cluster([first, duplicate], before.ToMap());

        Assert.Equal(before.ClusterIdByIndex[0], after.ClusterIdByIndex[0]);
        Assert.Equal(after.ClusterIdByIndex[0], after.ClusterIdByIndex[1]);
    }
}
