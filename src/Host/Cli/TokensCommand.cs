using System.CommandLine;
using System.Globalization;
using DataInclusion.Host.Api.Access;
using DataInclusion.Host.Pipeline;
using Spectre.Console;

namespace DataInclusion.Host.Cli;

/// <summary><c>tokens create|revoke|list</c>: the API tokens of portals (issue 12 §2), data·inclusion style.</summary>
internal static class TokensCommand
{
    public static Command Create()
    {
        var command = new Command("tokens", "Manage API tokens: who reads /graphql and /api/v1 with Authorization: Bearer, and what they may read.");
        command.Subcommands.Add(CreateToken());
        command.Subcommands.Add(Revoke());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command CreateToken()
    {
        var name = NameArgument();
        var scope = new Option<string>("--scope") { Description = "api (reads) or admin (also satisfies api).", DefaultValueFactory = _ => "api" };
        var sources = new Option<string[]>("--sources") { Description = "Restricted sources this token may read, comma-separated (e.g. soliguide).", AllowMultipleArgumentsPerToken = true };
        var origins = new Option<string[]>("--allowed-origin") { Description = "A browser origin the token is accepted from (repeatable); none: any origin." };
        var rateLimit = new Option<int?>("--rate-limit") { Description = "Requests per minute for this token (default: Api__RateLimit__PerMinute)." };
        var command = new Command("create", "Create an API token and print it (once).") { name, scope, sources, origins, rateLimit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var (token, problem) = await Admin(runtime).CreateAsync(parse.GetValue(name)!, parse.GetValue(scope)!,
                parse.GetValue(sources) ?? [], parse.GetValue(origins) ?? [], parse.GetValue(rateLimit), cancellationToken);
            return await SecretReport.WriteAsync(parse.GetValue(name)!, token, problem);
        });
        return command;
    }

    private static Command Revoke()
    {
        var name = NameArgument();
        var command = new Command("revoke", "Revoke a token: refused (401) within Api__TokenCacheSeconds on every instance.") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            return await SecretReport.WriteAsync(parse.GetValue(name)!, null, await Admin(runtime).RevokeAsync(parse.GetValue(name)!, cancellationToken));
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the API tokens (never the tokens themselves: only their hashes are stored).");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var table = new Table().AddColumns("name", "scope", "sources", "allowed origins", "per minute", "created", "state");
            foreach (var t in await new ApiTokenStore(runtime.Database.DataSource, runtime.Time).ListAsync(cancellationToken))
            {
                table.AddRow(Markup.Escape(t.Name), t.Scope.ToString().ToLowerInvariant(), Markup.Escape(string.Join(",", t.Sources)),
                    Markup.Escape(t.AllowedOrigins.Count == 0 ? "any" : string.Join(" ", t.AllowedOrigins)),
                    t.RateLimitPerMinute?.ToString(CultureInfo.InvariantCulture) ?? "default",
                    t.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    t.RevokedAt is { } revoked ? "revoked " + revoked.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "active");
            }

            ConsoleOutput.Write(table, runtime.Interactive);
            return 0;
        });
        return command;
    }

    private static ApiTokenAdmin Admin(HostRuntime runtime) =>
        new(new ApiTokenStore(runtime.Database.DataSource, runtime.Time), new SourceCatalog(runtime.Database.DataSource, runtime.Time));

    private static Argument<string> NameArgument() => new("NAME") { Description = "The token's name: who holds it (e.g. the portal)." };
}
