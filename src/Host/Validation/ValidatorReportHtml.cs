using System.Globalization;
using System.Text;
using DataInclusion.Normalize.Validation;
using static DataInclusion.Host.Validation.ValidatorPage;

namespace DataInclusion.Host.Validation;

/// <summary>The report part of <c>/valider</c>: summary, totals, grouped findings, every finding, downloads.</summary>
internal static class ValidatorReportHtml
{
    public static void Render(StringBuilder html, ValidationReport report, string? reportId)
    {
        html.Append("<section aria-labelledby=\"resultat\"><h2 id=\"resultat\" tabindex=\"-1\">Résultat</h2><p role=\"status\" id=\"synthese\">");
        html.Append(report.IsValid
            ? "<span class=\"ok\">Aucune erreur.</span>"
            : $"<span class=\"erreur\">{Count(report.Errors, "erreur")}.</span>");
        html.Append(' ').Append(Count(report.Warnings, "avertissement")).Append(".</p>");
        if (reportId is not null)
        {
            html.Append("<ul><li><a href=\"/valider/rapports/").Append(reportId).Append("/constats.csv\" download>Télécharger tous les constats (CSV)</a></li>");
            if (report.Files.Any(f => f.Sheet is not null))
            {
                html.Append("<li><a id=\"classeur-annote\" href=\"/valider/rapports/").Append(reportId)
                    .Append("/classeur-annote.xlsx\" download>Télécharger votre classeur annoté (XLSX : cellules en erreur surlignées, constats en dernière colonne)</a></li>");
            }

            html.Append("</ul>");
        }

        RenderTotals(html, report);
        RenderGroups(html, report);
        RenderFindings(html, report);
        html.Append("</section>");
    }

    private static void RenderTotals(StringBuilder html, ValidationReport report)
    {
        html.Append("<table id=\"totaux\"><caption>Totaux par fichier et par feuille</caption><thead><tr><th scope=\"col\">Fichier</th><th scope=\"col\">Feuille</th>")
            .Append("<th scope=\"col\">Type</th><th scope=\"col\">Enregistrements</th><th scope=\"col\">Valides</th><th scope=\"col\">Invalides</th>")
            .Append("<th scope=\"col\">Erreurs</th><th scope=\"col\">Avertissements</th></tr></thead><tbody>");
        foreach (var f in report.Files)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(f.File)).Append("</th><td>").Append(E(f.Sheet)).Append("</td><td>").Append(E(f.ResourceType))
                .Append("</td><td>").Append(f.Records).Append("</td><td>").Append(f.Valid).Append("</td><td>").Append(f.Invalid)
                .Append("</td><td>").Append(f.Errors).Append("</td><td>").Append(f.Warnings).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void RenderGroups(StringBuilder html, ValidationReport report)
    {
        if (report.Groups.Count == 0)
        {
            return;
        }

        html.Append("<h3>Constats regroupés</h3>");
        foreach (var part in report.Groups.GroupBy(g => (g.File, g.Sheet)))
        {
            html.Append("<table class=\"groupes\"><caption>").Append(E(part.Key.File)).Append(part.Key.Sheet is { } s ? $" — feuille {E(s)}" : string.Empty)
                .Append("</caption><thead><tr><th scope=\"col\">Niveau</th><th scope=\"col\">Où</th><th scope=\"col\">Champ</th><th scope=\"col\">Valeur</th>")
                .Append("<th scope=\"col\">Message</th><th scope=\"col\">Code</th></tr></thead><tbody>");
            foreach (var g in part)
            {
                html.Append("<tr data-code=\"").Append(E(g.Code)).Append("\" data-where=\"").Append(E(g.Where)).Append("\"><td class=\"").Append(Level(g.Severity)).Append("\">")
                    .Append(Level(g.Severity)).Append("</td><td>").Append(E(g.Where.Length == 0 ? "tout le fichier" : g.Where)).Append("</td><td><code>").Append(E(g.Field))
                    .Append("</code></td><td>").Append(E(g.Value)).Append("</td><td>").Append(E(g.Message)).Append("</td><td><code>").Append(E(g.Code)).Append("</code></td></tr>");
            }

            html.Append("</tbody></table>");
        }
    }

    private static void RenderFindings(StringBuilder html, ValidationReport report)
    {
        if (report.Findings.Count == 0)
        {
            return;
        }

        html.Append("<details><summary>Tous les constats, un par ligne (").Append(report.Findings.Count).Append(")</summary>")
            .Append("<table id=\"constats\"><caption>Constats</caption><thead><tr><th scope=\"col\">Fichier</th><th scope=\"col\">Ligne</th><th scope=\"col\">Cellule</th>")
            .Append("<th scope=\"col\">Identifiant</th><th scope=\"col\">Champ</th><th scope=\"col\">Niveau</th><th scope=\"col\">Code</th><th scope=\"col\">Message</th></tr></thead><tbody>");
        foreach (var f in report.Findings)
        {
            var line = (f.Line ?? (f.Index + 1))?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            html.Append("<tr data-finding data-code=\"").Append(E(f.Code)).Append("\" data-severity=\"").Append(Level(f.Severity))
                .Append("\" data-file=\"").Append(E(f.File)).Append("\" data-line=\"").Append(line).Append("\" data-cell=\"").Append(E(f.Cell))
                .Append("\" data-field=\"").Append(E(f.Field)).Append("\"><td>").Append(E(f.File)).Append("</td><td>").Append(line).Append("</td><td>")
                .Append(E(f.Cell)).Append("</td><td>").Append(E(f.RecordId)).Append("</td><td><code>").Append(E(f.Field)).Append("</code></td><td class=\"")
                .Append(Level(f.Severity)).Append("\">").Append(Level(f.Severity)).Append("</td><td><code>").Append(E(f.Code)).Append("</code></td><td>")
                .Append(E(f.Message)).Append("</td></tr>");
        }

        html.Append("</tbody></table></details>");
    }

    private static string Count(int n, string noun) =>
        n == 0 ? (noun == "erreur" ? "Aucune erreur" : $"Aucun {noun}") : $"{n} {noun}{(n > 1 ? "s" : string.Empty)}";
}
