using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace DataInclusion.GraphQL.Bench;

/// <summary>
/// Times the engine and graphql-js (js/bench.mjs, same workload, same phases) for a fixed duration each, then prints
/// throughput, the engine/graphql-js ratio and the engine's bytes allocated per operation.
/// </summary>
public static class QuickComparison
{
    public static async Task<int> RunAsync(double seconds, bool engineOnly = false)
    {
        var workload = Workload.Load();
        var rows = new List<(string Document, string Phase, double Ops, double BytesPerOp)>();
        foreach (var (name, source) in workload.Documents)
        {
            var document = EngineOperations.Parse(source);
            var parse = await Measurement.MeasureAsync(seconds, () => Done(EngineOperations.Parse(source)));
            var validate = await Measurement.MeasureAsync(seconds, () => Done(EngineOperations.Validate(workload, document)));
            var request = await Measurement.MeasureAsync(seconds, () => new ValueTask(EngineOperations.RequestAsync(workload, source)));
            var cache = new Execution.DocumentCache(workload.Schema, new Execution.ExecutionOptions(), 16);
            var cached = await Measurement.MeasureAsync(seconds, () => new ValueTask(EngineOperations.CachedRequestAsync(workload, cache, source)));
            rows.Add((name, "parse", parse.Ops, parse.BytesPerOp));
            rows.Add((name, "validate", validate.Ops, validate.BytesPerOp));
            rows.Add((name, "request", request.Ops, request.BytesPerOp));
            rows.Add((name, "cached", cached.Ops, cached.BytesPerOp));
        }

        Dictionary<(string, string), double> baseline = engineOnly ? [] : await RunNodeAsync(seconds);
        Console.WriteLine($"{"document",-24} {"phase",-9} {"engine op/s",12} {"graphql-js op/s",16} {"ratio",7} {"engine B/op",12}");
        foreach (var row in rows)
        {
            var js = baseline.GetValueOrDefault((row.Document, row.Phase));
            var ratio = js > 0 ? (row.Ops / js).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{row.Document,-24} {row.Phase,-9} {row.Ops,12:0} {js,16:0} {ratio,7} {row.BytesPerOp,12:0}"));
        }

        return 0;
    }

    /// <summary>A synchronous phase as a completed <see cref="ValueTask"/>: no wrapper task allocated per call.</summary>
    internal static ValueTask Done<T>(T result)
    {
        GC.KeepAlive(result);
        return ValueTask.CompletedTask;
    }

    private static async Task<Dictionary<(string, string), double>> RunNodeAsync(double seconds)
    {
        var js = Path.Combine(Workload.BenchRoot, "js");
        if (!File.Exists(Path.Combine(js, "node_modules", "graphql", "package.json")))
        {
            await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], js);
        }

        var output = await RunProcessAsync(
            "node", ["bench.mjs", Workload.Folder, seconds.ToString(CultureInfo.InvariantCulture)], js);
        using var results = JsonDocument.Parse(output);
        return results.RootElement.EnumerateArray().ToDictionary(
            r => (r.GetProperty("document").GetString()!, r.GetProperty("phase").GetString()!),
            r => r.GetProperty("opsPerSecond").GetDouble());
    }

    private static async Task<string> RunProcessAsync(string fileName, IReadOnlyList<string> arguments, string directory)
    {
        var startInfo = new ProcessStartInfo(fileName) { WorkingDirectory = directory, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}.");
    }
}
