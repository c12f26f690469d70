namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>Pair precision and recall of predicted clusters against written truth (both closed transitively).</summary>
public sealed record PairMetrics(long TruePositives, long PredictedPairs, long TruePairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePositives / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)TruePositives / TruePairs;

    /// <param name="truth">The truth label of each record.</param>
    /// <param name="predicted">The predicted cluster of each record, same order.</param>
    public static PairMetrics Compute(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        static long Pairs(long n) => n * (n - 1) / 2;
        var indexes = Enumerable.Range(0, truth.Count).ToList();
        var both = indexes.GroupBy(i => (truth[i], predicted[i])).Sum(g => Pairs(g.Count()));
        var predictedPairs = indexes.GroupBy(i => predicted[i]).Sum(g => Pairs(g.Count()));
        var truePairs = indexes.GroupBy(i => truth[i]).Sum(g => Pairs(g.Count()));
        return new PairMetrics(both, predictedPairs, truePairs);
    }

    public static PairMetrics operator +(PairMetrics a, PairMetrics b) =>
        new(a.TruePositives + b.TruePositives, a.PredictedPairs + b.PredictedPairs, a.TruePairs + b.TruePairs);

    public override string ToString() =>
        $"precision {Precision:F3} ({TruePositives}/{PredictedPairs}), recall {Recall:F3} ({TruePositives}/{TruePairs})";
}
