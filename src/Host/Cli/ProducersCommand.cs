using System.CommandLine;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Scheduling;
using Hangfire;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace DataInclusion.Host.Cli;

/// <summary><c>producers add|rotate|revoke|restrict|unrestrict|list|feed</c>: producer accounts, whose sources live in the database.</summary>
internal static class ProducersCommand
{
    public static Command Create()
    {
        var command = new Command("producers", "Manage producer accounts: their tokens and the feeds we pull for them.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(SlugAction("rotate", "Issue a new token (printed once); the previous one stops working.", (admin, slug, ct) => admin.RotateAsync(slug, ct)));
        command.Subcommands.Add(SlugAction("revoke", "Revoke the token; the source and its published data stay.",
            async (admin, slug, ct) => (null, await admin.RevokeAsync(slug, ct))));
        command.Subcommands.Add(SlugAction("restrict", "Show the source's rows only to API tokens granted it (tokens create --sources SLUG); out of the open-data dumps.",
            async (admin, slug, ct) => (null, await admin.SetRestrictedAsync(slug, restricted: true, ct))));
        command.Subcommands.Add(SlugAction("unrestrict", "Show the source's rows to every API caller again (and to the dumps, if its licence allows).",
            async (admin, slug, ct) => (null, await admin.SetRestrictedAsync(slug, restricted: false, ct))));
        command.Subcommands.Add(List());
        command.Subcommands.Add(Feed());
        return command;
    }

    private static Command Add()
    {
        var slug = SlugArgument();
        var name = new Option<string>("--name") { Description = "The producer's name, as shown to re-users.", Required = true };
        var openData = new Option<bool>("--open-data") { Description = "Its data goes into the open-data dumps (its licence allows it)." };
        var contact = new Option<string?>("--contact") { Description = "A contact e-mail address." };
        var command = new Command("add", "Create a producer account and print its token (once).") { slug, name, openData, contact };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var (token, problem) = await Admin(runtime).AddAsync(parse.GetValue(slug)!, parse.GetValue(name)!, parse.GetValue(contact), parse.GetValue(openData), cancellationToken);
            return await SecretReport.WriteAsync(parse.GetValue(slug)!, token, problem);
        });
        return command;
    }

    private static Command SlugAction(string name, string description, Func<ProducerAdmin, string, CancellationToken, Task<(string? Token, string? Problem)>> action)
    {
        var slug = SlugArgument();
        var command = new Command(name, description) { slug };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var (token, problem) = await action(Admin(runtime), parse.GetValue(slug)!, cancellationToken);
            return await SecretReport.WriteAsync(parse.GetValue(slug)!, token, problem);
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the producer accounts and their feeds.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var table = new Table().AddColumns("slug", "name", "contact", "open data", "access", "state", "feed", "schedule");
            foreach (var p in await new ProducerStore(runtime.Database.DataSource, runtime.Time).ListAsync(cancellationToken))
            {
                table.AddRow(Markup.Escape(p.Slug), Markup.Escape(p.Name), Markup.Escape(p.Contact ?? string.Empty), p.InOpenData ? "yes" : "no",
                    p.IsRestricted ? "restricted" : "open", p.RevokedAt is null ? "active" : "revoked",
                    Markup.Escape(p.Feed.IsPulled ? string.Join(" ", p.Feed.Streams.Select(s => $"{s.Key}={s.Value}")) : "push only"),
                    Markup.Escape(p.Feed.IsPulled ? p.Feed.Schedule ?? ProducerSource.DefaultSchedule : string.Empty));
            }

            ConsoleOutput.Write(table, runtime.Interactive);
            return 0;
        });
        return command;
    }

    private static Command Feed()
    {
        var slug = SlugArgument();
        var structures = new Option<string?>("--structures") { Description = "URL of the structures file (JSON, NDJSON, CSV)." };
        var services = new Option<string?>("--services") { Description = "URL of the services file." };
        var classeur = new Option<string?>("--classeur") { Description = "URL of one XLSX workbook with sheets Structures and Services." };
        var cron = new Option<string?>("--cron") { Description = $"When to pull it (Europe/Paris; default {ProducerSource.DefaultSchedule})." };
        var command = new Command("feed", "Register the feed we pull for a producer (no URL: push only). Replaces the previous one.")
        {
            slug, structures, services, classeur, cron,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var storage = await JobStorageFactory.CreateAsync(runtime, cancellationToken);
            var registration = new FeedRegistration(new ProducerStore(runtime.Database.DataSource, runtime.Time), new RecurringJobManager(storage),
                runtime.Configuration, runtime.LoggerFactory.CreateLogger<FeedRegistration>());
            var feed = new ProducerFeed(parse.GetValue(structures), parse.GetValue(services), parse.GetValue(classeur), parse.GetValue(cron));
            var problem = await registration.RegisterAsync(parse.GetValue(slug)!, feed, cancellationToken);
            return await SecretReport.WriteAsync(parse.GetValue(slug)!, null, problem);
        });
        return command;
    }

    private static ProducerAdmin Admin(HostRuntime runtime) => new(new ProducerStore(runtime.Database.DataSource, runtime.Time));

    private static Argument<string> SlugArgument() => new("SLUG") { Description = "The producer's slug (lowercase letters, digits, hyphens)." };
}
