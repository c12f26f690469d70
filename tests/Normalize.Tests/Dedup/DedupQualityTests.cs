using DataInclusion.Normalize.Dedup;
using Xunit.Abstractions;

namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>
/// Precision and recall on pairs over the labelled set (generated families + hand-written pairs), against the
/// "identical SIRET" baseline. Per-family figures are printed so no single number gets tuned for.
/// </summary>
public sealed class DedupQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void GeneratedFamilies_ReachThePrecisionAndRecallGoals_AndBeatTheSiretBaseline()
    {
        var records = CaseFamilies.All();
        var structures = records.Select(r => r.Structure).ToList();
        var predicted = new StructureClusterer().Cluster(structures).ClusterIdByIndex;
        var baseline = SiretBaseline.Cluster(structures);

        PairMetrics total = new(0, 0, 0), totalBaseline = new(0, 0, 0);
        foreach (var family in records.Select((r, i) => (r, i)).GroupBy(x => x.r.Family))
        {
            var indexes = family.Select(x => x.i).ToList();
            var truth = indexes.Select(i => records[i].Truth).ToList();
            var metrics = PairMetrics.Compute(truth, indexes.Select(i => predicted[i]).ToList());
            var siret = PairMetrics.Compute(truth, indexes.Select(i => baseline[i]).ToList());
            output.WriteLine($"{family.Key,-30} clusterer: {metrics} | identical SIRET: {siret}");
            total += metrics;
            totalBaseline += siret;
        }

        // Across families too: a merge between two families' records would be a false pair.
        var overall = PairMetrics.Compute(records.Select(r => r.Truth).ToList(), predicted);
        output.WriteLine($"{"all (cross-family)",-30} clusterer: {overall} | identical SIRET: {PairMetrics.Compute(records.Select(r => r.Truth).ToList(), baseline)}");

        foreach (var group in Enumerable.Range(0, records.Count).GroupBy(i => predicted[i]).Where(g => g.Select(i => records[i].Truth).Distinct().Count() > 1))
        {
            output.WriteLine("false merge: " + string.Join(" + ", group.Select(i => $"{records[i].Truth} « {records[i].Structure.Nom} » {records[i].Structure.Adresse} {records[i].Structure.Telephone} {records[i].Structure.Siret}")));
        }

        Assert.True(overall.Precision >= 0.98, $"precision {overall}");
        Assert.True(overall.Recall >= 0.90, $"recall {overall}");
        Assert.True(overall.Recall > totalBaseline.Recall, "the clusterer finds more true pairs than identical SIRETs");
    }

    [Fact]
    public void HandWrittenPairs_ReachThePrecisionAndRecallGoals()
    {
        PairMetrics total = new(0, 0, 0), baseline = new(0, 0, 0);
        var clusterer = new StructureClusterer();
        var wrong = new List<string>();
        foreach (var (name, same, a, b) in HandWrittenPairs.All)
        {
            var ids = clusterer.Cluster([a, b]).ClusterIdByIndex;
            string[] truth = same ? ["x", "x"] : ["x", "y"];
            total += PairMetrics.Compute(truth, ids);
            baseline += PairMetrics.Compute(truth, SiretBaseline.Cluster([a, b]));
            if ((ids[0] == ids[1]) != same)
            {
                wrong.Add($"{name} (expected {(same ? "same" : "distinct")})");
            }
        }

        output.WriteLine($"hand-written ({HandWrittenPairs.All.Count} pairs) clusterer: {total} | identical SIRET: {baseline}");
        output.WriteLine("misclassified: " + string.Join(", ", wrong));
        Assert.True(total.Precision >= 0.98, $"precision {total}; misclassified: {string.Join(", ", wrong)}");
        Assert.True(total.Recall >= 0.90, $"recall {total}; misclassified: {string.Join(", ", wrong)}");
    }
}
