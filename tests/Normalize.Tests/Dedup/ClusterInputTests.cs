using DataInclusion.Normalize.Dedup;

namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>The clusterer's input filled chunk by chunk, as the pipeline reads the marts (issue 8: bounded memory).</summary>
public sealed class ClusterInputTests
{
    [Fact]
    public void InputFilledInChunks_GivesTheClustersOfTheWholeList()
    {
        var structures = CaseFamilies.All().Select(r => r.Structure).ToList();
        var clusterer = new StructureClusterer();
        var whole = clusterer.Cluster(structures);

        var input = clusterer.NewInput();
        foreach (var chunk in structures.Chunk(7))
        {
            input.Add(chunk);
        }

        var chunked = clusterer.Cluster(input);

        Assert.Equal(structures.Count, input.Count);
        Assert.Equal(structures.Select(s => s.Id), Enumerable.Range(0, input.Count).Select(input.IdAt));
        Assert.Contains(whole.Clusters, c => c.MemberIds.Count > 1);
        Assert.Equal(whole.ClusterIdByIndex, chunked.ClusterIdByIndex);
        Assert.Equal(whole.ComparedPairs, chunked.ComparedPairs);
    }

    [Fact]
    public void InputOfAnotherClusterer_IsRefused()
    {
        var input = new StructureClusterer().NewInput();
        input.Add([PairScorerTestsData.Relais]);

        Assert.Throws<ArgumentOutOfRangeException>(() => new StructureClusterer(new DataInclusion.Normalize.Enrichment.Enricher()).Cluster(input));
    }
}
