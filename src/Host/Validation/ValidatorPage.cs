using System.Text;
using System.Text.Encodings.Web;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Validation;

namespace DataInclusion.Host.Validation;

/// <summary>
/// <c>/valider</c> as plain server-rendered HTML in French: a form that works without JavaScript (labels, native
/// controls, visible focus, WCAG AA contrast), then the report: totals per file or sheet, findings grouped with their
/// lines, every finding located, and the downloads.
/// </summary>
internal static class ValidatorPage
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0;color:#161616;background:#fff;line-height:1.5}
        main{max-width:72rem;margin:0 auto;padding:1.5rem}a{color:#000091}
        a:focus,button:focus,input:focus,summary:focus{outline:3px solid #0a76f6;outline-offset:2px}
        fieldset{border:1px solid #929292;padding:1rem;margin:0 0 1rem}label{display:block;font-weight:600;margin-top:.75rem}
        .aide{color:#3a3a3a;font-size:.9rem;margin:.2rem 0}input[type=url]{width:100%;max-width:40rem;padding:.4rem;border:1px solid #3a3a3a}
        button{margin-top:1rem;padding:.6rem 1.2rem;background:#000091;color:#fff;border:0;font-size:1rem;cursor:pointer}
        table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border:1px solid #929292;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.92rem}th{background:#eee}
        .erreur{color:#ce0500;font-weight:600}.avertissement{color:#8d4000;font-weight:600}.ok{color:#18753c;font-weight:600}
        .alerte{border-left:4px solid #ce0500;padding:.5rem 1rem;background:#fff4f4}code{font-size:.88rem}
        """;

    public static string Render(ValidationReport? report, string? reportId, string? error, string? url)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(report is null ? string.Empty : "Résultat — ").Append("Valider un fichier — DataInclusion</title><style>")
            .Append(Style).Append("</style></head><body><main><h1>Valider un fichier de données</h1>")
            .Append("<p>Vérifiez vos structures et services au schéma data·inclusion v1 avant de les publier : ")
            .Append("classeur XLSX (feuilles « Structures » et « Services » ; une colonne <code>__ignore__</code> marque les lignes d'exemple), ")
            .Append("CSV (un fichier par type, ou une archive ZIP des deux), JSON ou NDJSON. Le fichier n'est pas conservé au-delà de 30 minutes.</p>");
        RenderForm(html, url);
        if (error is not null)
        {
            html.Append("<div class=\"alerte\" role=\"alert\" id=\"erreur\"><p>").Append(E(error)).Append("</p></div>");
        }

        if (report is not null)
        {
            ValidatorReportHtml.Render(html, report, reportId);
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static void RenderForm(StringBuilder html, string? url) =>
        html.Append("<form method=\"post\" action=\"/valider\" enctype=\"multipart/form-data\"><fieldset><legend>Fichier à valider</legend>")
            .Append("<label for=\"fichier\">Fichier(s)</label><p class=\"aide\" id=\"fichier-aide\">XLSX, CSV, JSON, NDJSON ou ZIP ; 20 Mo au plus par fichier ; ")
            .Append("plusieurs fichiers possibles (structures et services).</p>")
            .Append("<input type=\"file\" id=\"fichier\" name=\"fichier\" multiple accept=\".xlsx,.csv,.json,.ndjson,.jsonl,.zip\" aria-describedby=\"fichier-aide\">")
            .Append("<label for=\"url\">Ou l'adresse du fichier</label><p class=\"aide\" id=\"url-aide\">Une adresse publique http:// ou https://.</p>")
            .Append("<input type=\"url\" id=\"url\" name=\"url\" aria-describedby=\"url-aide\" value=\"").Append(E(url ?? string.Empty)).Append("\">")
            .Append("</fieldset><button type=\"submit\">Valider</button></form>");

    public static string Level(IssueSeverity severity) => severity == IssueSeverity.Error ? "erreur" : "avertissement";

    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);
}
