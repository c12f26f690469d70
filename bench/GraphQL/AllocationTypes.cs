using System.Diagnostics.Tracing;

namespace DataInclusion.GraphQL.Bench;

/// <summary>
/// Which types a phase allocates, sampled from the runtime's GC AllocationTick events (one per ~100 KB allocated):
/// a poor man's allocation profiler for `--alloc-types`, where dotnet-trace is not installed.
/// </summary>
public sealed class AllocationTypes : EventListener
{
    private const int GCKeyword = 0x1;
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public static async Task RunAsync(int iterations)
    {
        var workload = Workload.Load();
        foreach (var (name, source) in workload.Documents)
        {
            var document = EngineOperations.Parse(source);
            foreach (var (phase, action) in new (string, Func<ValueTask>)[]
            {
                ("parse", () => QuickComparison.Done(EngineOperations.Parse(source))),
                ("validate", () => QuickComparison.Done(EngineOperations.Validate(workload, document))),
                ("request", () => new ValueTask(EngineOperations.RequestAsync(workload, source))),
            })
            {
                using var listener = new AllocationTypes();
                for (var i = 0; i < iterations; i++)
                {
                    await action();
                }

                Console.WriteLine($"{name} {phase}:");
                // Bytes per operation: the samples are proportional to the bytes allocated, so over many iterations
                // their share per type estimates each type's part of the phase's bytes per operation.
                foreach (var (type, bytes) in listener.Top(24))
                {
                    Console.WriteLine($"  {bytes / iterations,8} B/op  {type}");
                }
            }
        }
    }

    private List<(string Type, long Bytes)> Top(int count)
    {
        lock (_lock)
        {
            return _bytes.OrderByDescending(e => e.Value).Take(count).Select(e => (e.Key, e.Value)).ToList();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GCKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not "GCAllocationTick_V4" and not "GCAllocationTick_V3" || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (_lock)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }
}
