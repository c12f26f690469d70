using System.Diagnostics;

namespace DataInclusion.GraphQL.Bench;

/// <summary>
/// One measure, the same for every engine: 0.5 s of warm-up, then as many calls as fit in the given seconds, with
/// <c>GC.GetTotalAllocatedBytes(precise: true)</c> read before and after (bytes per operation include everything the call
/// allocates, on any thread). Operations return a <see cref="ValueTask"/> so a synchronous phase costs no wrapper task.
/// </summary>
public static class Measurement
{
    public static async Task<(double Ops, double BytesPerOp)> MeasureAsync(double seconds, Func<ValueTask> action)
    {
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed < TimeSpan.FromMilliseconds(500))
        {
            await action();
        }

        var count = 0L;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            await action();
            count++;
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return (count / elapsed, (double)allocated / count);
    }
}
