using DataInclusion.Host.Pipeline;
using Spectre.Console;

namespace DataInclusion.Host.Cli;

/// <summary>The table printed after <c>run</c>: one line per source with its counts and duration.</summary>
internal static class RunSummary
{
    public static void Write(IReadOnlyList<SourceRunResult> results, bool interactive)
    {
        var table = new Table().AddColumns("source", "status", "fetched", "valid", "invalid", "published", "duration", "message");
        foreach (var r in results)
        {
            table.AddRow(
                Markup.Escape(r.Source),
                $"[{RunProgress.Colour(r.Status)}]{r.Status.ToString().ToLowerInvariant()}[/]",
                r.Counts.Fetched.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Counts.Valid.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Counts.Invalid.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Counts.Published.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{r.Duration.TotalSeconds:0.0} s",
                Markup.Escape(r.Message ?? string.Empty));
        }

        ConsoleOutput.Write(table, interactive);
    }
}
