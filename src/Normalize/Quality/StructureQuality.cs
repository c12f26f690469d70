namespace DataInclusion.Normalize.Quality;

/// <summary>A structure's <c>score_qualite</c>: the mean of its services' scores, two decimals; null when it has no service.</summary>
/// <remarks>
/// Rounded half away from zero on exact decimals, as PostgreSQL's <c>round(avg(numeric), 2)</c> does at publication:
/// the mart and this definition agree to the last digit.
/// </remarks>
public static class StructureQuality
{
    public static double? Mean(IEnumerable<double> serviceScores)
    {
        ArgumentNullException.ThrowIfNull(serviceScores);
        var (sum, count) = serviceScores.Aggregate((Sum: 0m, Count: 0), (acc, score) => (acc.Sum + (decimal)score, acc.Count + 1));
        return count == 0 ? null : (double)Math.Round(sum / count, 2, MidpointRounding.AwayFromZero);
    }
}
