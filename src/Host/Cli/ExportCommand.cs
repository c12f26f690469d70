using System.CommandLine;
using System.Globalization;
using DataInclusion.Host.OpenData;
using Spectre.Console;

namespace DataInclusion.Host.Cli;

/// <summary><c>export [--out DIR] [--format csv,json,…]</c>: writes the open-data set of the published marts now.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "Directory of the set (created if missing; files of the set already there are replaced).",
            DefaultValueFactory = _ => OpenDataExporter.DefaultDirectory,
        };
        var formats = new Option<string?>("--format")
        {
            Description = "Comma-separated formats (default: all). Known: " + string.Join(", ", OpenDataExporter.Formats),
        };
        var command = new Command("export", "Write the open-data set (dumps, HSDS, datapackage.json, manifest.json, SHA256SUMS).");
        command.Options.Add(output);
        command.Options.Add(formats);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var asked = parse.GetValue(formats)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            try
            {
                OpenDataExporter.Select(asked);
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync(e.Message.Split(" (Parameter")[0]);
                return RunCommand.ExitUsage;
            }

            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var set = await OpenDataSetup.CreateExporter(runtime).ExportAsync(parse.GetValue(output)!, asked, cancellationToken);
            var table = new Table().AddColumns("file", "format", "bytes", "sha256");
            foreach (var file in set.Files)
            {
                table.AddRow(Markup.Escape(file.Name), file.Format, file.Length.ToString("N0", CultureInfo.InvariantCulture), file.Sha256);
            }

            ConsoleOutput.Write(table, runtime.Interactive);
            return 0;
        });
        return command;
    }
}
