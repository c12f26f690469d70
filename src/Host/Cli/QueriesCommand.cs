using System.CommandLine;
using DataInclusion.GraphQL.Execution;
using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using Spectre.Console;

namespace DataInclusion.Host.Cli;

/// <summary><c>queries add|list|remove</c>: the registered GraphQL documents of the allow-list mode.</summary>
internal static class QueriesCommand
{
    public static Command Create()
    {
        var command = new Command("queries", "Manage the registered GraphQL documents (the only ones executed when Api__PersistedQueries__AllowListOnly=true).");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command Add()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A .graphql file holding the document exactly as clients send it." };
        var name = new Option<string?>("--name") { Description = "A name to recognise it by in the list (default: the file name)." };
        var command = new Command("add", "Register a document (checked against the API's schema) and print its SHA-256.") { file, name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"{path.FullName}: no such file.");
                return RunCommand.ExitUsage;
            }

            // An editor's final newline is not part of what a client sends.
            var document = (await File.ReadAllTextAsync(path.FullName, cancellationToken)).TrimEnd('\r', '\n');
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var dataSource = runtime.Database.DataSource;
            var schema = DomainSchema.Build(new MartsReader(dataSource), new SourcesResolver(new RunStore(dataSource, runtime.Time), new SourceCatalog(dataSource, runtime.Time)),
                SearchGate.FromConfiguration(runtime.Configuration));
            var prepared = PreparedDocument.Prepare(schema, document);
            if (!prepared.IsValid)
            {
                foreach (var error in prepared.Errors)
                {
                    await Console.Error.WriteLineAsync($"{path.Name}: {error.Message}");
                }

                return RunCommand.ExitUsage;
            }

            var (hash, added) = await new PersistedQueryStore(dataSource, runtime.Time).AddAsync(document, parse.GetValue(name) ?? path.Name, cancellationToken);
            await Console.Out.WriteLineAsync(hash);
            await Console.Error.WriteLineAsync(added ? $"{path.Name}: registered." : $"{path.Name}: already registered.");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the registered documents.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var table = new Table().AddColumns("sha256", "name", "added", "document");
            foreach (var query in await new PersistedQueryStore(runtime.Database.DataSource, runtime.Time).ListAsync(cancellationToken))
            {
                var firstLine = query.Document.Split('\n')[0];
                table.AddRow(query.Hash, Markup.Escape(query.Name ?? string.Empty), query.AddedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(firstLine.Length > 60 ? firstLine[..60] + "…" : firstLine));
            }

            ConsoleOutput.Write(table, runtime.Interactive);
            return 0;
        });
        return command;
    }

    private static Command Remove()
    {
        var hash = new Argument<string>("HASH") { Description = "The SHA-256 printed by add or list." };
        var command = new Command("remove", "Unregister a document.") { hash };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var removed = await new PersistedQueryStore(runtime.Database.DataSource, runtime.Time).RemoveAsync(parse.GetValue(hash)!, cancellationToken);
            await Console.Error.WriteLineAsync(removed ? $"{parse.GetValue(hash)}: removed." : $"{parse.GetValue(hash)}: not registered.");
            return removed ? 0 : RunCommand.ExitUsage;
        });
        return command;
    }
}
