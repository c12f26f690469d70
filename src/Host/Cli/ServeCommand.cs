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

    public static Command Create()
    {
        var urls = UrlsOption();
        var command = new Command("serve", "Serve the HTTP API (GraphQL, health, admin).");
        command.Options.Add(urls);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            await WebApp.RunAsync(runtime, parse.GetValue(urls)!, cancellationToken);
            return 0;
        });
        return command;
    }
}
