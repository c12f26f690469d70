using System.CommandLine;
using DataInclusion.Host.Validation;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Validation;
using Microsoft.Extensions.Configuration;

namespace DataInclusion.Host.Cli;

/// <summary>
/// <c>validate FILE… [--format text|json]</c>: the producers' validator on local files, without a database. Exit 0 when
/// no finding is an error, 1 when one is, 2 when a file cannot be read at all (missing, too large, not a workbook…).
/// </summary>
internal static class ValidateCommand
{
    public const int ExitFindings = 1;
    public const int ExitUnreadable = 2;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "Schema v1 structures and services: XLSX workbook (sheets Structures, Services), CSV (or a zip of them), JSON or NDJSON.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "text (grouped findings) or json (the API's report).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Check producer files against the data·inclusion schema v1, as the /valider page does.");
        command.Arguments.Add(files);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = ValidatorOptions.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
            var inputs = new List<ValidationInput>();
            var refusals = new List<string>();
            foreach (var file in parse.GetValue(files)!)
            {
                if (await ReadAsync(file, options, refusals, cancellationToken) is { } input)
                {
                    inputs.Add(input);
                }
            }

            var report = new FeedValidator(TimeProvider.System).Validate(inputs);
            if (parse.GetValue(format) == "json")
            {
                await Console.Out.WriteLineAsync(ReportJson.Serialize(report));
            }
            else
            {
                await ValidateText.WriteAsync(Console.Out, report);
            }

            foreach (var refusal in refusals)
            {
                await Console.Error.WriteLineAsync(refusal);
            }

            return refusals.Count > 0 || report.HasUnreadableInput ? ExitUnreadable : report.IsValid ? 0 : ExitFindings;
        });
        return command;
    }

    private static async Task<ValidationInput?> ReadAsync(FileInfo file, ValidatorOptions options, List<string> refusals, CancellationToken cancellationToken)
    {
        try
        {
            if (file.Exists && file.Length > options.MaxBytes)
            {
                refusals.Add(options.TooLargeMessage(file.Name));
                return null;
            }

            var content = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            return ValidatorInputs.From(file.Name, content, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            refusals.Add($"Le fichier « {file} » est illisible : {e.Message}");
            return null;
        }
    }
}
