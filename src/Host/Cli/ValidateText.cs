using DataInclusion.Host.Validation;
using DataInclusion.Normalize.Validation;

namespace DataInclusion.Host.Cli;

/// <summary>The text report of <c>validate</c>: totals per file or sheet, then the grouped findings, as the page shows them.</summary>
internal static class ValidateText
{
    public static async Task WriteAsync(TextWriter output, ValidationReport report)
    {
        foreach (var f in report.Files)
        {
            await output.WriteLineAsync(
                $"{f.File}{(f.Sheet is null ? string.Empty : $" — feuille {f.Sheet}")} ({f.ResourceType}) : {f.Records} enregistrements, "
                + $"{f.Valid} valides, {f.Invalid} invalides, {f.Errors} erreurs, {f.Warnings} avertissements");
        }

        foreach (var g in report.Groups)
        {
            var where = string.Join(" · ", new[] { g.File, g.Sheet, g.Where }.Where(s => !string.IsNullOrEmpty(s)));
            var field = g.Field.Length == 0 ? string.Empty : $" [{g.Field}]";
            await output.WriteLineAsync($"{ValidatorPage.Level(g.Severity),-13} {where}{field} {g.Code} : {g.Message}");
        }

        await output.WriteLineAsync(report.IsValid
            ? $"Aucune erreur ({report.Warnings} avertissements)."
            : $"{report.Errors} erreurs, {report.Warnings} avertissements.");
    }
}
