using System.CommandLine;
using DataInclusion.Host.OpenData;
using DataInclusion.Host.OpenData.DataGouv;
using Spectre.Console;

namespace DataInclusion.Host.Cli;

/// <summary><c>publish-opendata [--export]</c>: publishes the latest open-data set to data.gouv.fr now.</summary>
internal static class PublishOpenDataCommand
{
    public const int ExitFileFailed = 1;
    public const int ExitNotPossible = 2;

    public static Command Create()
    {
        var export = new Option<bool>("--export") { Description = "Build a new set from the published data first." };
        var command = new Command("publish-opendata", "Publish the latest open-data set to data.gouv.fr (DATAGOUV_API_KEY, DATAGOUV_DATASET_ID).");
        command.Options.Add(export);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            DataGouvPublication publication;
            try
            {
                publication = await OpenDataSetup.CreatePublishing(runtime).PublishLatestAsync("manual", parse.GetValue(export), cancellationToken);
            }
            catch (InvalidOperationException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return ExitNotPossible;
            }

            var table = new Table().AddColumns("file", "outcome");
            foreach (var failure in publication.Failures)
            {
                table.AddRow(Markup.Escape(failure.FileName), Markup.Escape("failed, the previous file stays online: " + failure.Reason));
            }

            table.AddRow($"set {Markup.Escape(publication.SetId)}", $"{publication.Published} file(s) published, {publication.Failures.Count} failed");
            ConsoleOutput.Write(table, runtime.Interactive);
            return publication.Succeeded ? 0 : ExitFileFailed;
        });
        return command;
    }
}
