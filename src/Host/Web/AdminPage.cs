using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Web;

/// <summary>Renders the admin page as plain server-side HTML: no script, readable without a browser extension.</summary>
internal static class AdminPage
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#1e1e1e}h1{margin-bottom:.2rem}
        section{margin:2rem 0;padding-top:1rem;border-top:1px solid #ccc}table{border-collapse:collapse;margin:.5rem 0}
        th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;font-size:.9rem}th{background:#f4f4f4}
        .succeeded{color:#18753c}.failed{color:#ce0500}.running{color:#b34000}.muted{color:#666}code{font-size:.85rem}
        """;

    public static string Render(IReadOnlyList<AdminSourceView> sources, DateTimeOffset now, string openDataSection = "")
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>DataInclusion — sources</title><style>")
            .Append(Style).Append("</style></head><body><h1>Sources</h1><p class=\"muted\">")
            .Append(E(Time(now))).Append(" UTC</p>");
        foreach (var view in sources)
        {
            RenderSource(html, view);
        }

        return html.Append(openDataSection).Append("</body></html>").ToString();
    }

    private static void RenderSource(StringBuilder html, AdminSourceView view)
    {
        html.Append("<section id=\"").Append(E(view.Source.Slug)).Append("\"><h2>").Append(E(view.Source.Slug)).Append("</h2><p>")
            .Append(E(view.Source.Description)).Append("</p><p>Schedule <code>").Append(E(view.Schedule)).Append("</code> · next run ")
            .Append(view.NextFireTime is { } next ? E(Time(next)) + " UTC" : "not scheduled")
            .Append(" · ").Append(view.Source.InOpenData ? "in the open-data dumps" : "kept out of the open-data dumps");
        if (view.MissingVariables.Count > 0)
        {
            html.Append(" · <strong>disabled: set ").Append(E(string.Join(", ", view.MissingVariables))).Append("</strong>");
        }

        html.Append("</p><h3>Last runs</h3>");
        if (view.Runs.Count == 0)
        {
            html.Append("<p class=\"muted\">Never run.</p>");
        }
        else
        {
            html.Append("<table><tr><th>started (UTC)</th><th>status</th><th>trigger</th><th>fetched</th><th>valid</th><th>invalid</th><th>published</th><th>duration</th><th>error</th></tr>");
            foreach (var run in view.Runs)
            {
                html.Append("<tr><td>").Append(E(Time(run.StartedAt))).Append("</td><td class=\"").Append(E(run.Status)).Append("\">").Append(E(run.Status))
                    .Append("</td><td>").Append(E(run.Trigger)).Append("</td><td>").Append(run.Counts.Fetched).Append("</td><td>").Append(run.Counts.Valid)
                    .Append("</td><td>").Append(run.Counts.Invalid).Append("</td><td>").Append(run.Counts.Published).Append("</td><td>")
                    .Append(run.EndedAt is { } end ? ((end - run.StartedAt).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s") : "running")
                    .Append("</td><td>").Append(E(run.Error ?? string.Empty)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        RenderDuplicates(html, view.Duplicates);
        html.Append("<h3>Validation results of the latest validated run, by field and code</h3>");
        if (view.IssueGroups.Count == 0)
        {
            html.Append("<p class=\"muted\">None.</p></section>");
            return;
        }

        html.Append("<table><tr><th>field</th><th>code</th><th>severity</th><th>records</th><th>example message</th><th>some record ids</th></tr>");
        foreach (var group in view.IssueGroups)
        {
            html.Append("<tr><td><code>").Append(E(group.Field)).Append("</code></td><td><code>").Append(E(group.Code)).Append("</code></td><td>")
                .Append(E(group.Severity)).Append("</td><td>").Append(group.Count).Append("</td><td>").Append(E(group.ExampleMessage))
                .Append("</td><td>").Append(E(string.Join(", ", group.SampleRecordIds))).Append("</td></tr>");
        }

        html.Append("</table></section>");
    }

    private static void RenderDuplicates(StringBuilder html, CrossSourceDuplicates? duplicates)
    {
        html.Append("<h3>Duplicates across sources</h3>");
        if (duplicates is null)
        {
            html.Append("<p class=\"muted\">No published structure shares a cluster with another source.</p>");
            return;
        }

        html.Append("<p>").Append(duplicates.Structures).Append(" published structures share a cluster with: ")
            .Append(string.Join(", ", duplicates.WithSources.Select(w => $"<span class=\"dup\">{E(w.Source)} ({w.Structures})</span>"))).Append("</p>");
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
