using System.Diagnostics;
using System.Globalization;

namespace DataInclusion.Pipeline.Bench;

/// <summary>One measurement: generate the feed, start the server, time COPY, then time the real <c>run demo</c>.</summary>
internal static class PipelineBench
{
    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"building the host ({ChildRun.HostDll})…");
        await ChildRun.BuildHostAsync(cancellationToken);

        var directory = BenchServer.DirectoryFor(options.Scale.Name);
        var generation = Stopwatch.StartNew();
        await using var server = await BenchServer.StartAsync(directory, reuse: false, options.Keep, cancellationToken);
        var feed = await new FeedGenerator(Vocabulary.Load(), options.Scale, options.WithHostile)
            .WriteAsync(Path.Combine(directory, "feed"), cancellationToken);
        Console.Error.WriteLine($"feed: {feed.Scale.Rows:N0} rows, {feed.Bytes / 1e6:F0} MB, generated in {generation.Elapsed.TotalSeconds:F1} s; "
            + $"broken rows: {string.Join(", ", feed.Flaws.Select(f => $"{f.Key} {f.Value}"))}");

        var runFeed = options.JsonArray ? await JsonArrayFeed.WriteAsync(feed, cancellationToken) : feed;
        var copy = await CopyBaseline.RunAsync(server.ConnectionString(), feed, cancellationToken);
        Console.Error.WriteLine($"COPY baseline: {copy.TotalSeconds:F1} s");

        var environment = new Dictionary<string, string>
        {
            ["DATAINCLUSION_DB"] = server.ConnectionString(options.NoCommandTimeout ? "Command Timeout=0" : null),
            ["DEMO_STRUCTURES_URL"] = runFeed.Structures,
            ["DEMO_SERVICES_URL"] = runFeed.Services,
        };
        var run = await ChildRun.RunHostAsync(["run", FeedGenerator.Source], environment, cancellationToken);
        if (run.ExitCode != 0)
        {
            Console.Error.WriteLine($"datainclusion run exited with {run.ExitCode}; its last output:");
            Console.Error.WriteLine(Tail(run.StandardError, 12));
        }

        Console.WriteLine(run.StandardOutput.TrimEnd());
        Console.WriteLine(RunTimeline.Describe(run.StandardError, run.RssTrace));
        var rows = new List<string> { ResultTable.Row(options, feed, run, copy, null) };
        if (options.Republish && run.ExitCode == 0)
        {
            // The same feed again, then (--changed) the next day's feed.
            (run, var row) = await RepublishAsync(options, feed, environment, 0, copy, cancellationToken);
            rows.Add(row);
            if (options.Changed > 0 && run.ExitCode == 0)
            {
                (run, row) = await RepublishAsync(options, feed, environment, options.Changed, copy, cancellationToken);
                rows.Add(row);
            }
        }

        Console.WriteLine();
        Console.WriteLine(ResultTable.Header);
        rows.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine(ResultTable.Goals);
        if (options.Keep)
        {
            Console.Error.WriteLine($"kept {directory} (bench/api --reuse {options.Scale.Name} serves it)");
        }

        return run.ExitCode == 0 ? 0 : 1;
    }

    // The daily republication: `run demo` again on the same server, with the same feed or one with `percent` % of its
    // records modified and half as many removed and added (FeedChanges).
    private static async Task<(ChildResult Run, string Row)> RepublishAsync(
        BenchOptions options, FeedFiles feed, Dictionary<string, string> environment, double percent, TimeSpan copy, CancellationToken cancellationToken)
    {
        var label = "identical republication";
        if (percent > 0)
        {
            var (changed, counts) = await FeedChanges.WriteAsync(feed, percent, cancellationToken);
            label = string.Create(CultureInfo.InvariantCulture, $"republication, {percent} % changed ({counts})");
            var runFeed = options.JsonArray ? await JsonArrayFeed.WriteAsync(changed, cancellationToken) : changed;
            environment["DEMO_STRUCTURES_URL"] = runFeed.Structures;
            environment["DEMO_SERVICES_URL"] = runFeed.Services;
        }

        Console.Error.WriteLine($"{label}…");
        var run = await ChildRun.RunHostAsync(["run", FeedGenerator.Source], environment, cancellationToken);
        if (run.ExitCode != 0)
        {
            Console.Error.WriteLine($"the republication exited with {run.ExitCode}; its last output:");
            Console.Error.WriteLine(Tail(run.StandardError, 12));
        }

        Console.WriteLine();
        Console.WriteLine(label + ":");
        Console.WriteLine(run.StandardOutput.TrimEnd());
        Console.WriteLine(RunTimeline.Describe(run.StandardError, run.RssTrace));
        return (run, ResultTable.Row(options, feed, run, copy, label));
    }

    private static string Tail(string text, int lines) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines)
            .Select(line => line.Length > 600 ? line[..600] + "…" : line));
}

/// <summary>The command line: scale, and the switches that make today's failures measurable.</summary>
internal sealed record BenchOptions(FeedScale Scale, bool WithHostile, bool NoCommandTimeout, bool Keep)
{
    /// <summary><c>--format json</c>: the run reads the feed as JSON arrays instead of NDJSON.</summary>
    public bool JsonArray { get; init; }

    /// <summary><c>--republish</c>: after the first run, runs <c>run demo</c> again on the same server.</summary>
    public bool Republish { get; init; }

    /// <summary><c>--changed N</c> (with <c>--republish</c>): the republished feed has N % of its records modified, N/2 % removed and N/2 % added.</summary>
    public double Changed { get; init; }

    public static BenchOptions? Parse(string[] args)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] is not ("--host" or "--format" or "--changed")));
        var format = Array.IndexOf(args, "--format") is var f and >= 0 && f + 1 < args.Length ? args[f + 1] : "ndjson";
        var changed = Array.IndexOf(args, "--changed") is var c and >= 0 && c + 1 < args.Length ? args[c + 1] : "0";
        var scale = FeedScale.Find(positional.FirstOrDefault() ?? "small");
        return scale is null || format is not ("ndjson" or "json")
            || !double.TryParse(changed, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || percent is < 0 or > 50
            ? null
            : new BenchOptions(scale, !args.Contains("--tame"), args.Contains("--no-command-timeout"), args.Contains("--keep"))
            {
                JsonArray = format == "json",
                Republish = args.Contains("--republish") || percent > 0,
                Changed = percent,
            };
    }
}

/// <summary>The printed table (Markdown, so it can go into the README as is).</summary>
internal static class ResultTable
{
    public const string Header =
        "| scale | feed | rows | wall time | peak RSS | rows/s | COPY | ratio to COPY | outcome |\n" +
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |";

    public const string Goals = "Goals (issue 8): x3 end to end <= 3x COPY; peak RSS <= 1 GB whatever the size; national <= 60 s.";

    public static string Row(BenchOptions options, FeedFiles feed, ChildResult run, TimeSpan copy, string? republication)
    {
        var c = CultureInfo.InvariantCulture;
        var variant = (options.JsonArray ? "JSON array, " : string.Empty) + (options.WithHostile ? "all flaws" : "tame flaws") + (options.NoCommandTimeout ? ", Command Timeout=0" : string.Empty)
            + (republication is null ? string.Empty : ", " + republication);
        var outcome = run.ExitCode == 0 ? "succeeded" : $"failed (exit {run.ExitCode})";
        return string.Create(c, $"| {feed.Scale.Name} | {feed.Bytes / 1e6:F0} MB, {variant} | {feed.Scale.Rows:N0} | {run.Elapsed.TotalSeconds:F1} s | "
            + $"{run.PeakRssBytes / 1048576.0:F0} MB | {feed.Scale.Rows / run.Elapsed.TotalSeconds:N0} | {copy.TotalSeconds:F1} s | "
            + $"{run.Elapsed / copy:F1}x | {outcome} |");
    }
}
