using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace DataInclusion.Api.Bench;

/// <summary>
/// A closed-loop load: <c>clients</c> tasks, each sending the four portal queries in turn and waiting for each answer,
/// for a fixed duration after a warm-up. Latencies are kept per query (milliseconds).
/// </summary>
internal static class LoadRun
{
    private static readonly byte[] s_errorsKey = Encoding.UTF8.GetBytes("\"errors\"");

    public static async Task<LoadResult> RunAsync(Uri endpoint, PortalQueries queries, int clients, TimeSpan warmUp, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var latencies = Enumerable.Range(0, PortalQueries.Names.Length).Select(_ => new List<double>[clients]).ToArray();
        var failures = new int[clients];
        var clock = Stopwatch.StartNew();
        var end = warmUp + duration;

        async Task ClientAsync(int client)
        {
            var random = new Random(client);
            var mine = latencies.Select(perQuery => perQuery[client] = []).ToArray();
            for (var n = client; clock.Elapsed < end; n++)
            {
                var kind = n % PortalQueries.Names.Length;
                using var content = new StringContent(queries.Body(kind, random), Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var started = clock.Elapsed;
                using var response = await http.PostAsync(endpoint, content, cancellationToken);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                var finished = clock.Elapsed;
                if (started < warmUp || finished > end)
                {
                    continue;
                }

                mine[kind].Add((finished - started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf(s_errorsKey) >= 0)
                {
                    failures[client]++;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => ClientAsync(c), cancellationToken)));
        return new LoadResult(clients, duration,
            latencies.Select(perClient => perClient.SelectMany(l => l).Order().ToArray()).ToArray(), failures.Sum());
    }
}

/// <summary>Sorted latencies (ms) per query of one load run, and the requests that failed or answered GraphQL errors.</summary>
internal sealed record LoadResult(int Clients, TimeSpan Duration, double[][] Latencies, int Failures)
{
    public double[] Mix => Latencies.SelectMany(l => l).Order().ToArray();

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
