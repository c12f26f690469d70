using System.CommandLine;
using DataInclusion.Host.Pipeline;

namespace DataInclusion.Host.Cli;

/// <summary><c>remap SOURCE</c>: runs the mapper again on the latest raw payloads kept, without fetching.</summary>
internal static class RemapCommand
{
    public static Command Create()
    {
        var sourceArgument = new Argument<string>("SOURCE") { Description = "The source to map again." };
        var command = new Command("remap", "Map, validate and publish a source again from its latest kept raw payloads (no fetch).");
        command.Arguments.Add(sourceArgument);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var catalog = new SourceCatalog(runtime.Database.DataSource, runtime.Time);
            if (await catalog.FindAsync(parse.GetValue(sourceArgument)!, cancellationToken) is not { } source)
            {
                var known = (await catalog.AllAsync(cancellationToken)).Select(s => s.Slug);
                await Console.Error.WriteLineAsync($"Unknown source: {parse.GetValue(sourceArgument)}. Known: {string.Join(", ", known)}.");
                return RunCommand.ExitUsage;
            }

            using var producers = runtime.CreateProducerClients();
            var result = await runtime.CreateSourceRunner(producers).RemapAsync(source, cancellationToken);
            RunSummary.Write([result], runtime.Interactive);
            return result.Status == SourceRunStatus.Succeeded ? 0 : RunCommand.ExitSourceFailed;
        });
        return command;
    }
}
