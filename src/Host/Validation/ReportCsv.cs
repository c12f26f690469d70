using System.Globalization;
using System.Text;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Validation;

namespace DataInclusion.Host.Validation;

/// <summary>Every finding as one CSV row (UTF-8 with BOM and semicolons, as French spreadsheets open it).</summary>
internal static class ReportCsv
{
    private static readonly string[] s_header =
        ["fichier", "feuille", "ligne", "cellule", "type", "id", "champ", "code", "niveau", "valeur", "message", "suggestion"];

    public static byte[] Write(ValidationReport report)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(';', s_header).Append("\r\n");
        foreach (var f in report.Findings)
        {
            var line = f.Line ?? (f.Index + 1);
            string?[] cells =
            [
                f.File, f.Sheet, line?.ToString(CultureInfo.InvariantCulture), f.Cell, f.ResourceType, f.RecordId, f.Field, f.Code,
                Level(f.Severity), f.Value, f.Message, f.Suggestion,
            ];
            csv.AppendJoin(';', cells.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static string Level(IssueSeverity severity) => severity == IssueSeverity.Error ? "erreur" : "avertissement";

    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is prefixed with a quote so a spreadsheet never runs it as a formula.</summary>
    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var safe = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(";\"\r\n") < 0 ? safe : "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
