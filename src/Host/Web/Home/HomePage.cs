using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DataInclusion.Host.Web.Home;

/// <summary>
/// <c>/</c> in French, server-rendered without script: what the referential is, the ways in (GraphiQL, the open-data
/// files, the validator, the schema's documentation), and per source the published counts and the last update.
/// Landmarks, a skip link, visible focus and WCAG AA contrast; every value is HTML-encoded (producers name their sources).
/// </summary>
internal static class HomePage
{
    /// <summary>The schema's published documentation (gip-inclusion/data-inclusion-schema, mkdocs site).</summary>
    public const string SchemaDocumentation = "https://gip-inclusion.github.io/data-inclusion-schema/latest/";

    private static readonly CultureInfo s_french = CultureInfo.GetCultureInfo("fr-FR");
    // French text stays readable in the source of the page: only what HTML needs is escaped.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:0;color:#161616;background:#fff;line-height:1.5}
        header,main,footer{max-width:72rem;margin:0 auto;padding:0 1.5rem}header{padding-top:1rem}
        a{color:#000091}a:focus{outline:3px solid #0a76f6;outline-offset:2px}
        .evitement{position:absolute;left:-10000px}.evitement:focus{position:static}
        nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1.5rem}nav a{font-weight:600}
        dl dt{font-weight:600;margin-top:.75rem}dl dd{margin-left:0}
        table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border:1px solid #929292;padding:.3rem .5rem;text-align:left;vertical-align:top}thead th,tfoot th,tfoot td{background:#eee}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.aide{color:#3a3a3a}footer{color:#3a3a3a;font-size:.9rem}
        """;

    public static string Render(IReadOnlyList<HomeSource> sources, DateTimeOffset now)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Référentiel de l'offre d'insertion — DataInclusion</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<a class=\"evitement\" href=\"#contenu\">Aller au contenu</a>")
            .Append("<header><p><strong>DataInclusion</strong> — référentiel de l'offre d'insertion</p>")
            .Append("<nav aria-label=\"Accès aux données\"><ul>")
            .Append("<li><a href=\"/graphql\">API GraphQL (GraphiQL)</a></li>")
            .Append("<li><a href=\"/api/docs\">API REST v1</a></li>")
            .Append("<li><a href=\"/opendata/\">Données ouvertes</a></li>")
            .Append("<li><a href=\"/valider\">Valider un fichier</a></li>")
            .Append("</ul></nav></header><main id=\"contenu\" tabindex=\"-1\"><h1>Référentiel de l'offre d'insertion</h1>");
        RenderIntroduction(html, sources);
        RenderAccess(html);
        RenderSources(html, sources);
        return html.Append("</main><footer><p>Page générée le ").Append(Time(now, withTag: false))
            .Append(".</p>")
            .Append("</footer></body></html>").ToString();
    }

    private static void RenderIntroduction(StringBuilder html, IReadOnlyList<HomeSource> sources)
    {
        html.Append("<p>Ce référentiel rassemble l'offre d'insertion sociale et professionnelle — les structures (lieux, organismes) ")
            .Append("et les services qu'elles proposent — publiée par ses producteurs. Chaque source est récupérée telle quelle, ")
            .Append("convertie au <a href=\"").Append(SchemaDocumentation).Append("\">schéma data·inclusion v1</a>, validée, ")
            .Append("enrichie (adresses géocodées, établissements fermés signalés) et dédoublonnée entre sources, puis publiée.</p>");
        var last = sources.Max(s => s.LastUpdate);
        html.Append("<p>")
            .Append(sources.Sum(s => s.Structures).ToString("N0", s_french)).Append(" structures et ")
            .Append(sources.Sum(s => s.Services).ToString("N0", s_french)).Append(" services publiés par ")
            .Append(Sources(sources.Count(s => s.LastUpdate is not null && !s.IsRestricted)))
            .Append(last is { } at ? "; dernière mise à jour le " + Time(at, withTag: true) : string.Empty).Append(".</p>");
    }

    private static void RenderAccess(StringBuilder html) =>
        html.Append("<h2>Utiliser les données</h2><dl>")
            .Append("<dt><a href=\"/graphql\">API GraphQL</a></dt><dd>Interrogez les structures et les services (filtres, recherche près d'une commune, ")
            .Append("texte libre, référentiels). Ouverte dans un navigateur, l'adresse présente GraphiQL avec une requête d'exemple commentée.</dd>")
            .Append("<dt><a href=\"/api/docs\">API REST v1</a></dt><dd>Les mêmes données aux chemins et paramètres de l'API v1 de data·inclusion ")
            .Append("(<code>/api/v1/structures</code>, <code>/api/v1/search/services</code>…), avec pagination par curseur et flux NDJSON ; ")
            .Append("documentation OpenAPI interactive.</dd>")
            .Append("<dt><a href=\"/opendata/\">Données ouvertes</a></dt><dd>Les structures et les services en fichiers CSV, JSON, NDJSON, ")
            .Append("GeoJSON, Parquet et XLSX, au format HSDS, avec leur description (Data Package) et leurs empreintes SHA-256 ; ")
            .Append("un export par jour reste disponible en archive.</dd></dl>")
            .Append("<h2>Pour les producteurs</h2><dl>")
            .Append("<dt><a href=\"/valider\">Valider un fichier</a></dt><dd>Vérifiez un classeur, un CSV ou un JSON au schéma avant de le publier : ")
            .Append("chaque erreur est localisée (feuille, ligne, colonne).</dd>")
            .Append("<dt><a href=\"").Append(SchemaDocumentation).Append("\">Documentation du schéma data·inclusion</a></dt>")
            .Append("<dd>Les champs des structures et des services et les référentiels (thématiques, publics, frais…).</dd>")
            .Append("<dt>Publier ses données</dt><dd>Un producteur qui dispose d'un compte dépose ses fichiers sur sa page ")
            .Append("<code>/producteurs/&lt;identifiant&gt;</code>, les envoie à l'API <code>/api/v1/producers/&lt;identifiant&gt;/submissions</code>, ")
            .Append("ou nous indique l'adresse de son flux, que nous récupérons chaque nuit.</dd></dl>");

    private static void RenderSources(StringBuilder html, IReadOnlyList<HomeSource> sources)
    {
        html.Append("<h2 id=\"sources\">Sources</h2>")
            .Append("<p class=\"aide\">La date de mise à jour est la fin de la dernière récupération réussie de la source ; ")
            .Append("une source en échec garde ses dernières données publiées. ")
            .Append("Les sources dont la licence ne le permet pas ne figurent pas dans les fichiers ouverts ; ")
            .Append("celles à accès restreint ne sont servies par l'API qu'aux jetons qui y ont droit.</p>")
            .Append("<table><caption>Structures et services publiés par source</caption><thead><tr>")
            .Append("<th scope=\"col\">Source</th><th scope=\"col\">Structures</th><th scope=\"col\">Services</th><th scope=\"col\">Dernière mise à jour</th><th scope=\"col\">Fichiers ouverts</th>")
            .Append("</tr></thead><tbody>");
        foreach (var source in sources)
        {
            html.Append("<tr id=\"source-").Append(E(source.Slug)).Append("\"><th scope=\"row\"><code>").Append(E(source.Slug)).Append("</code><br>")
                .Append(source.IsBuiltIn ? "<span lang=\"en\">" : "<span>").Append(E(source.Name)).Append("</span></th>")
                .Append(source.IsRestricted
                    ? "<td colspan=\"2\">accès restreint : réservé aux jetons d'API autorisés</td><td>"
                    : "<td class=\"n\">" + source.Structures.ToString("N0", s_french) + "</td><td class=\"n\">" + source.Services.ToString("N0", s_french) + "</td><td>")
                .Append(source.LastUpdate is { } at ? Time(at, withTag: true) : "pas encore publiée").Append("</td><td>")
                .Append(source.InOpenData ? "oui" : "non (licence)").Append("</td></tr>");
        }

        html.Append("</tbody><tfoot><tr><th scope=\"row\">Total</th><td class=\"n\">").Append(sources.Sum(s => s.Structures).ToString("N0", s_french))
            .Append("</td><td class=\"n\">").Append(sources.Sum(s => s.Services).ToString("N0", s_french)).Append("</td><td></td><td></td></tr></tfoot></table>");
    }

    // French: 0 and 1 take the singular.
    private static string Sources(int count) => count.ToString(s_french) + (count > 1 ? " sources" : " source");

    /// <summary>"6 décembre 2026 à 17:05 (heure de Paris)", HTML-encoded, in a <c>time</c> element when asked.</summary>
    private static string Time(DateTimeOffset time, bool withTag)
    {
        var text = E(TimeZoneInfo.ConvertTime(time, s_paris).ToString("d MMMM yyyy 'à' HH:mm '(heure de Paris)'", s_french));
        return withTag ? $"<time datetime=\"{E(time.ToString("O", CultureInfo.InvariantCulture))}\">{text}</time>" : text;
    }

    private static string E(string text) => s_encoder.Encode(text);
}
