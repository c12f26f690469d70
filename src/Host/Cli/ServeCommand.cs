using System.CommandLine;
using DataInclusion.Host.Web;

namespace DataInclusion.Host.Cli;

/// <summary><c>serve</c>: the HTTP API until Ctrl+C.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    public static Option<string> UrlsOption() => new("--urls")
    {
        Description = "Addresses to listen on (semicolon-separated).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DATAINCLUSION_URLS") ?? DefaultUrls,
    };

    public static Option<bool> NoSchedulerOption() => new("--no-scheduler")
    {
        Description = "Serve only: do not join the cluster of instances that run the scheduled sources.",
    };

    public static Command Create()
    {
        var urls = UrlsOption();
        var noScheduler = NoSchedulerOption();
        var command = new Command("serve", "Serve the HTTP API (GraphQL, health, admin).");
        command.Options.Add(urls);
        command.Options.Add(noScheduler);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            await WebApp.RunAsync(runtime, parse.GetValue(urls)!, !parse.GetValue(noScheduler), cancellationToken);
            return 0;
        });
        return command;
    }
}
