using System.Globalization;

namespace DataInclusion.Api.Bench;

/// <summary>The printed table (Markdown): throughput, p50 and p99 per query and for the mix.</summary>
internal static class LatencyTable
{
    public const string Header =
        "| clients | query | requests | req/s | p50 ms | p99 ms | failed |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: |";

    public static IEnumerable<string> Rows(LoadResult result, IReadOnlyList<int> kinds)
    {
        foreach (var kind in kinds.Distinct().Order())
        {
            yield return Row(result, PortalQueries.Names[kind], result.Latencies[kind], null);
        }

        yield return Row(result, "**mix**", result.Mix, result.Failures);
    }

    private static string Row(LoadResult result, string name, double[] sorted, int? failures) => string.Create(CultureInfo.InvariantCulture,
        $"| {result.Clients} | {name} | {sorted.Length} | {sorted.Length / result.Duration.TotalSeconds:F0} | "
        + $"{LoadResult.Percentile(sorted, 0.50):F1} | {LoadResult.Percentile(sorted, 0.99):F1} | {failures?.ToString(CultureInfo.InvariantCulture) ?? ""} |");
}
