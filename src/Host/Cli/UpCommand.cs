using System.CommandLine;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Web;

namespace DataInclusion.Host.Cli;

/// <summary><c>up</c>: the quick start — migrate, run every source that has what it needs, then serve.</summary>
internal static class UpCommand
{
    public static Command Create()
    {
        var urls = ServeCommand.UrlsOption();
        var noScheduler = ServeCommand.NoSchedulerOption();
        var command = new Command("up", "Migrate, ingest every configured source (the sample feed at least), then serve.");
        command.Options.Add(urls);
        command.Options.Add(noScheduler);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var results = await RunCommand.RunSourcesAsync(runtime, await RunCommand.PulledSourcesAsync(runtime, cancellationToken), cancellationToken);
            RunSummary.Write(results, runtime.Interactive);

            // A failed source is reported above but does not keep the others from being served.
            await WebApp.RunAsync(runtime, parse.GetValue(urls)!, !parse.GetValue(noScheduler), cancellationToken);
            return results.Any(r => r.Status == SourceRunStatus.Failed) ? RunCommand.ExitSourceFailed : 0;
        });
        return command;
    }
}
