using System.CommandLine;
using DataInclusion.Host.Pipeline;

namespace DataInclusion.Host.Cli;

/// <summary><c>run [SOURCE...]</c>: ingests sources now; the exit code says whether every one of them succeeded.</summary>
internal static class RunCommand
{
    public const int ExitSourceFailed = 1;
    public const int ExitUsage = 2;

    public static Command Create()
    {
        var sources = new Argument<string[]>("SOURCE")
        {
            Description = "Sources to run (default: every source that has what it needs and is pulled). Built-in: "
                + string.Join(", ", SourceRegistry.All.Select(s => s.Slug)) + "; plus the producer accounts",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("run", "Fetch, normalise, validate and publish sources now.");
        command.Arguments.Add(sources);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var requested = parse.GetValue(sources) ?? [];
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var catalog = new SourceCatalog(runtime.Database.DataSource, runtime.Time);
            var found = new List<SourceDefinition>();
            var unknown = new List<string>();
            foreach (var slug in requested)
            {
                if (await catalog.FindAsync(slug, cancellationToken) is { } source)
                {
                    found.Add(source);
                }
                else
                {
                    unknown.Add(slug);
                }
            }

            if (unknown.Count > 0)
            {
                var known = (await catalog.AllAsync(cancellationToken)).Select(s => s.Slug);
                await Console.Error.WriteLineAsync($"Unknown source(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", known)}.");
                return ExitUsage;
            }

            var results = await RunSourcesAsync(runtime, requested.Length == 0 ? await PulledSourcesAsync(runtime, cancellationToken) : found, cancellationToken);
            RunSummary.Write(results, runtime.Interactive);

            // A source the operator named explicitly but that could not run is a failure too.
            var failed = results.Any(r => r.Status == SourceRunStatus.Failed || (requested.Length > 0 && r.Status == SourceRunStatus.Skipped));
            return failed ? ExitSourceFailed : 0;
        });
        return command;
    }

    /// <summary>Every source the pipeline fetches: built-in ones and producers with a registered feed (not push-only ones).</summary>
    public static async Task<IReadOnlyList<SourceDefinition>> PulledSourcesAsync(HostRuntime runtime, CancellationToken cancellationToken) =>
        [.. (await new SourceCatalog(runtime.Database.DataSource, runtime.Time).AllAsync(cancellationToken)).Where(s => s.IsPulled)];

    /// <summary>Runs the sources one after the other; one failing never stops the others.</summary>
    public static async Task<IReadOnlyList<SourceRunResult>> RunSourcesAsync(HostRuntime runtime, IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken)
    {
        using var producers = runtime.CreateProducerClients();
        var runner = runtime.CreateSourceRunner(producers);
        return await RunProgress.RunAsync(sources, runtime.Interactive, source => runner.RunAsync(source, "manual", cancellationToken));
    }
}
