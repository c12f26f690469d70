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
            Description = "Sources to run (default: every source that has what it needs). Known: "
                + string.Join(", ", SourceRegistry.All.Select(s => s.Slug)),
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("run", "Fetch, normalise, validate and publish sources now.");
        command.Arguments.Add(sources);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var requested = parse.GetValue(sources) ?? [];
            var unknown = requested.Where(s => SourceRegistry.Find(s) is null).ToList();
            if (unknown.Count > 0)
            {
                await Console.Error.WriteLineAsync($"Unknown source(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", SourceRegistry.All.Select(s => s.Slug))}.");
                return ExitUsage;
            }

            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var results = await RunSourcesAsync(runtime, requested.Length == 0 ? SourceRegistry.All : requested.Select(s => SourceRegistry.Find(s)!).ToList(), cancellationToken);
            RunSummary.Write(results, runtime.Interactive);

            // A source the operator named explicitly but that could not run is a failure too.
            var failed = results.Any(r => r.Status == SourceRunStatus.Failed || (requested.Length > 0 && r.Status == SourceRunStatus.Skipped));
            return failed ? ExitSourceFailed : 0;
        });
        return command;
    }

    /// <summary>Runs the sources one after the other; one failing never stops the others.</summary>
    public static async Task<IReadOnlyList<SourceRunResult>> RunSourcesAsync(HostRuntime runtime, IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken)
    {
        using var producers = runtime.CreateProducerClients();
        var runner = runtime.CreateSourceRunner(producers);
        return await RunProgress.RunAsync(sources, runtime.Interactive, source => runner.RunAsync(source, "manual", cancellationToken));
    }
}
