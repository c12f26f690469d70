namespace DataInclusion.Normalize.Quality;

/// <summary>A structure's <c>score_qualite</c>: the mean of its services' scores, two decimals; null when it has no service.</summary>
public static class StructureQuality
{
    public static double? Mean(IEnumerable<double> serviceScores)
    {
        ArgumentNullException.ThrowIfNull(serviceScores);
        var (sum, count) = serviceScores.Aggregate((Sum: 0d, Count: 0), (acc, score) => (acc.Sum + score, acc.Count + 1));
        return count == 0 ? null : ServiceQuality.Round(sum / count);
    }
}
