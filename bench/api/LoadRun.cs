using System.Collections.Concurrent;
using System.Diagnostics;

namespace DataInclusion.Api.Bench;

/// <summary>
/// A closed-loop load: <c>clients</c> tasks, each sending the four portal queries in turn and waiting for each answer,
/// for a fixed duration after a warm-up. Latencies are kept per query (milliseconds).
/// </summary>
internal static class LoadRun
{
    // Every request sent to this server so far (warm-ups and earlier client counts included): a request already in it
    // is one an unbounded response cache whose entries did not expire would answer (its hit rate, from the client side).
    private static readonly ConcurrentDictionary<string, bool> s_sent = new(StringComparer.Ordinal);

    public static async Task<(LoadResult Result, (CpuSample Before, CpuSample After) Cpu)> RunAsync(IPortalClient client, PortalQueries queries,
        int clients, TimeSpan warmUp, TimeSpan duration, CpuMeter meter, int[] kinds, CancellationToken cancellationToken)
    {
        var latencies = Enumerable.Range(0, PortalQueries.Names.Length).Select(_ => new List<double>[clients]).ToArray();
        var failures = new int[clients];
        var repeats = new int[clients];
        var clock = Stopwatch.StartNew();
        var end = warmUp + duration;

        async Task ClientAsync(int index)
        {
            var random = new Random(index);
            var mine = latencies.Select(perQuery => perQuery[index] = []).ToArray();
            for (var n = index; clock.Elapsed < end; n++)
            {
                var kind = kinds[n % kinds.Length];
                var request = queries.Draw(kind, random);
                var repeated = !s_sent.TryAdd(request.Body(), true);
                var started = clock.Elapsed;
                var ok = await client.SendAsync(request, cancellationToken);
                var finished = clock.Elapsed;
                if (started < warmUp || finished > end)
                {
                    continue;
                }

                mine[kind].Add((finished - started).TotalMilliseconds);
                repeats[index] += repeated ? 1 : 0;
                if (!ok)
                {
                    failures[index]++;
                }
            }
        }

        // CPU is sampled at the edges of the measured window, on a thread of its own: a thread-pool timer would fire
        // late behind the clients' continuations and shorten the window.
        var cpu = (Before: (CpuSample?)null, After: (CpuSample?)null);
        var sampler = new Thread(() =>
        {
            Thread.Sleep(warmUp - clock.Elapsed);
            cpu.Before = meter.Sample();
            Thread.Sleep(end - clock.Elapsed);
            cpu.After = meter.Sample();
        }) { IsBackground = true };
        sampler.Start();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => ClientAsync(c), cancellationToken)));
        sampler.Join();
        var result = new LoadResult(clients, duration,
            latencies.Select(perClient => perClient.SelectMany(l => l).Order().ToArray()).ToArray(), failures.Sum(), repeats.Sum());
        return (result, (cpu.Before!, cpu.After!));
    }
}

/// <summary>Sorted latencies (ms) per query of one load run, and the requests that failed or answered GraphQL errors.</summary>
internal sealed record LoadResult(int Clients, TimeSpan Duration, double[][] Latencies, int Failures, int Repeats)
{
    public double[] Mix => Latencies.SelectMany(l => l).Order().ToArray();

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
