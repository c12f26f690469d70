using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Web.Producers;

/// <summary>
/// <c>/producteurs/{slug}</c>, server-rendered in French without script: what is published, the last submissions with
/// their reports (in native <c>details</c> disclosures, keyboard-operable), and the registered feed.
/// </summary>
internal static class ProducerPage
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#1e1e1e;line-height:1.5}
        table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #666;padding:.3rem .6rem;text-align:left}
        th{background:#eee}.succeeded{color:#18753c}.failed{color:#ce0500}code{font-size:.9rem}
        label{display:block;font-weight:bold;margin:.5rem 0 .2rem}input{font-size:1rem;padding:.4rem;min-width:24rem}
        button{font-size:1rem;padding:.4rem 1rem;margin-top:.5rem}:focus{outline:3px solid #0a76f6;outline-offset:2px}
        .erreur{color:#ce0500;font-weight:bold}
        """;

    public static string Render(ProducerAccount producer, PublishedSummary published, IReadOnlyList<(SubmissionRecord Submission, IReadOnlyList<IssueGroup> Report)> submissions)
    {
        var html = Start($"Espace producteur — {producer.Name}");
        html.Append("<main><h1>").Append(E(producer.Name)).Append(" <small>(<code>").Append(E(producer.Slug)).Append("</code>)</small></h1>");
        html.Append("<section aria-labelledby=\"publie\"><h2 id=\"publie\">Ce qui est publié</h2><p>")
            .Append(published.Structures).Append(" structures et ").Append(published.Services).Append(" services publiés")
            .Append(published.Since is { } since ? ", depuis la publication du " + E(Time(since)) + " (UTC)" : ", aucune publication pour l'instant")
            .Append(". Ces données ").Append(producer.InOpenData ? "figurent" : "ne figurent pas").Append(" dans les exports en open data.</p></section>");
        RenderFeed(html, producer);
        html.Append("<section aria-labelledby=\"envois\"><h2 id=\"envois\">Derniers envois</h2>");
        if (submissions.Count == 0)
        {
            html.Append("<p>Aucun envoi pour l'instant. Envoyez un fichier avec <code>POST /api/v1/producers/")
                .Append(E(producer.Slug)).Append("/submissions</code> (voir la documentation).</p>");
        }

        foreach (var (submission, report) in submissions)
        {
            RenderSubmission(html, submission, report);
        }

        return html.Append("</section></main></body></html>").ToString();
    }

    /// <summary>The token form, shown to a browser that did not send a bearer token (or sent a wrong one).</summary>
    public static string RenderLogin(string slug, string? error)
    {
        var html = Start("Espace producteur — connexion");
        html.Append("<main><h1>Espace producteur <code>").Append(E(slug)).Append("</code></h1>");
        if (error is not null)
        {
            html.Append("<p class=\"erreur\" role=\"alert\">").Append(E(error)).Append("</p>");
        }

        return html.Append("<form method=\"post\" action=\"/producteurs/").Append(E(slug)).Append("\">")
            .Append("<label for=\"jeton\">Jeton de votre compte producteur</label>")
            .Append("<input id=\"jeton\" name=\"jeton\" type=\"password\" autocomplete=\"current-password\" required aria-describedby=\"aide-jeton\">")
            .Append("<p id=\"aide-jeton\">Le jeton vous a été remis à la création du compte ; il n'est ni affiché ni conservé par cette page.</p>")
            .Append("<button type=\"submit\">Voir mes envois</button></form></main></body></html>").ToString();
    }

    private static void RenderFeed(StringBuilder html, ProducerAccount producer)
    {
        html.Append("<section aria-labelledby=\"flux\"><h2 id=\"flux\">Flux récupéré</h2>");
        if (!producer.Feed.IsPulled)
        {
            html.Append("<p>Aucun flux déclaré : nous publions les fichiers que vous envoyez.</p></section>");
            return;
        }

        html.Append("<ul>");
        foreach (var (stream, url) in producer.Feed.Streams)
        {
            html.Append("<li>").Append(E(stream)).Append(" : <code>").Append(E(url)).Append("</code></li>");
        }

        html.Append("</ul><p>Planification (heure de Paris) : <code>").Append(E(producer.Feed.Schedule ?? ProducerSource.DefaultSchedule)).Append("</code></p></section>");
    }

    private static void RenderSubmission(StringBuilder html, SubmissionRecord submission, IReadOnlyList<IssueGroup> report)
    {
        html.Append("<article><h3>Envoi du ").Append(E(Time(submission.ReceivedAt))).Append(" (UTC) — <span class=\"")
            .Append(E(submission.Status)).Append("\">").Append(E(StatusText(submission.Status))).Append("</span></h3><p>Identifiant <code>")
            .Append(submission.Id).Append("</code> · fichiers : ")
            .Append(E(string.Join(", ", submission.Files.Select(f => $"{f.Stream} ({f.FileName ?? f.MediaType})")))).Append("</p>");
        if (submission.Counts is { } counts)
        {
            html.Append("<p>").Append(counts.Fetched).Append(" enregistrements reçus, ").Append(counts.Valid).Append(" valides, ")
                .Append(counts.Invalid).Append(" invalides, ").Append(counts.Published).Append(" publiés.</p>");
        }

        if (submission.Error is { } error)
        {
            html.Append("<p class=\"erreur\">Non publié : ").Append(E(error)).Append("</p>");
        }

        if (report.Count > 0)
        {
            html.Append("<details><summary>Rapport de validation (").Append(report.Sum(g => g.Count)).Append(" constats)</summary><table><caption>Constats par champ et par code</caption>")
                .Append("<tr><th scope=\"col\">champ</th><th scope=\"col\">code</th><th scope=\"col\">niveau</th><th scope=\"col\">enregistrements</th><th scope=\"col\">message</th><th scope=\"col\">exemples</th></tr>");
            foreach (var group in report)
            {
                html.Append("<tr><td><code>").Append(E(group.Field)).Append("</code></td><td><code>").Append(E(group.Code)).Append("</code></td><td>")
                    .Append(group.Severity == "error" ? "erreur" : "avertissement").Append("</td><td>").Append(group.Count).Append("</td><td>")
                    .Append(E(group.ExampleMessage)).Append("</td><td>").Append(E(string.Join(", ", group.SampleRecordIds))).Append("</td></tr>");
            }

            html.Append("</table></details>");
        }

        html.Append("</article>");
    }

    private static StringBuilder Start(string title) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body>");

    private static string StatusText(string status) => status switch
    {
        SubmissionStatus.Queued => "en attente",
        SubmissionStatus.Running => "en cours",
        SubmissionStatus.Succeeded => "publié",
        _ => "refusé",
    };

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
