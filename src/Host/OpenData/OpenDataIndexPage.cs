using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// The index of <c>/opendata/</c>, in French, server-rendered without script: a table of the files (name, format, size,
/// SHA-256), the date of the set, and the links to the dated archives.
/// </summary>
internal static class OpenDataIndexPage
{
    private static readonly CultureInfo s_french = CultureInfo.GetCultureInfo("fr-FR");
    // French text stays readable in the source of the page: only what HTML needs is escaped.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem;color:#1e1e1e;line-height:1.5}
        table{border-collapse:collapse;margin:1rem 0}caption{text-align:left;font-weight:600;padding:.25rem 0}
        th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}th{background:#f0f0f0}td.n{text-align:right}
        code{font-size:.8rem;word-break:break-all}a{color:#000091}a:focus{outline:3px solid #0a76f6;outline-offset:2px}
        """;

    /// <param name="archiveDate">The archive shown, or null for the latest set.</param>
    public static string Render(OpenDataCatalog? set, IReadOnlyList<string> archives, string? archiveDate, DateTimeOffset now)
    {
        var title = archiveDate is null ? "Données ouvertes de l'offre d'insertion" : $"Archive du {archiveDate}";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" — DataInclusion</title><style>").Append(Style).Append("</style></head><body><main><h1>")
            .Append(E(title)).Append("</h1>");
        if (archiveDate is not null)
        {
            html.Append("<p><a href=\"").Append(OpenDataEndpoints.Prefix).Append("/\">Retour au dernier export</a></p>");
        }

        if (set is null)
        {
            html.Append("<p>Aucun export n'est encore disponible : il est produit après la prochaine publication d'une source.</p>");
        }
        else
        {
            RenderSet(html, set, archiveDate);
        }

        RenderArchives(html, archives, archiveDate);
        return html.Append("<p><small>Page générée le ").Append(E(Time(now))).Append(".</small></p></main></body></html>").ToString();
    }

    private static void RenderSet(StringBuilder html, OpenDataCatalog set, string? archiveDate)
    {
        var basePath = archiveDate is null ? OpenDataEndpoints.Prefix + "/" : $"{OpenDataEndpoints.Prefix}/archives/{archiveDate}/";
        html.Append("<p>Export du ").Append(E(Time(set.GeneratedAt))).Append(". ")
            .Append(archiveDate is null
                ? "Les adresses ci-dessous sont stables : elles désignent toujours le dernier export."
                : "Ces fichiers ne changent plus.")
            .Append(" Vérifiez un téléchargement avec <code>sha256sum</code>.</p>")
            .Append("<table><caption>Fichiers (").Append(set.Files.Count).Append(")</caption><thead><tr>")
            .Append("<th scope=\"col\">Fichier</th><th scope=\"col\">Format</th><th scope=\"col\">Taille</th><th scope=\"col\">Empreinte SHA-256</th>")
            .Append("</tr></thead><tbody>");
        foreach (var file in set.Files)
        {
            html.Append("<tr><th scope=\"row\"><a href=\"").Append(E(basePath + Href(file.Name))).Append("\">").Append(E(file.Name)).Append("</a></th><td>")
                .Append(E(file.Format)).Append("</td><td class=\"n\">").Append(Size(file.Length)).Append("</td><td><code>")
                .Append(E(file.Sha256)).Append("</code></td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void RenderArchives(StringBuilder html, IReadOnlyList<string> archives, string? current)
    {
        html.Append("<h2>Archives</h2>");
        if (archives.Count == 0)
        {
            html.Append("<p>Aucune archive.</p>");
            return;
        }

        html.Append("<p>Le dernier export de chaque jour reste disponible pendant la durée de conservation.</p><ul>");
        foreach (var date in archives.Select(OpenDataDirectory.DateOf))
        {
            html.Append("<li>");
            if (date == current)
            {
                html.Append("<span aria-current=\"page\">").Append(E(date)).Append("</span>");
            }
            else
            {
                html.Append("<a href=\"").Append(OpenDataEndpoints.Prefix).Append("/archives/").Append(E(date)).Append("/\">").Append(E(date)).Append("</a>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    /// <summary>Each segment escaped, the folders kept.</summary>
    private static string Href(string name) => string.Join('/', name.Split('/').Select(Uri.EscapeDataString));

    /// <summary>French units: "12,4 Mo".</summary>
    internal static string Size(long bytes)
    {
        string[] units = ["o", "Ko", "Mo", "Go", "To"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return (unit == 0 ? bytes.ToString(s_french) : value.ToString("0.0", s_french)) + "\u00a0" + units[unit];
    }

    private static string Time(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, s_paris).ToString("d MMMM yyyy 'à' HH:mm '(heure de Paris)'", s_french);

    private static string E(string text) => s_encoder.Encode(text);
}
