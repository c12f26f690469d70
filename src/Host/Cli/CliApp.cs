using System.CommandLine;

namespace DataInclusion.Host.Cli;

/// <summary>The <c>datainclusion</c> command line: one subcommand per operator task.</summary>
internal static class CliApp
{
    public static RootCommand Create()
    {
        var root = new RootCommand("DataInclusion: the open-data referential of France's social-inclusion offer.");
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(RemapCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(UpCommand.Create());
        root.Subcommands.Add(DedupCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(PublishOpenDataCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(ProducersCommand.Create());
        root.Subcommands.Add(TokensCommand.Create());
        root.Subcommands.Add(QueriesCommand.Create());
        return root;
    }
}
