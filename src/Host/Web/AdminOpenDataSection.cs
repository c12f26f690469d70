using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DataInclusion.Host.OpenData;
using DataInclusion.Host.OpenData.DataGouv;

namespace DataInclusion.Host.Web;

/// <summary>The open-data section of the admin page: the last exports, and each file's last upload to data.gouv.fr.</summary>
internal static class AdminOpenDataSection
{
    public static string Render(IReadOnlyList<OpenDataExportRecord> exports, IReadOnlyList<DataGouvResourceRecord> resources, bool dataGouvEnabled)
    {
        var html = new StringBuilder("<section id=\"opendata\"><h2>Open data</h2><p><a href=\"/opendata/\">/opendata/</a> · data.gouv.fr publication ")
            .Append(dataGouvEnabled ? "configured" : "not configured (set DATAGOUV_API_KEY and DATAGOUV_DATASET_ID)").Append("</p><h3>Last exports</h3>");
        if (exports.Count == 0)
        {
            html.Append("<p class=\"muted\">No export yet.</p>");
        }
        else
        {
            html.Append("<table><tr><th>started (UTC)</th><th>trigger</th><th>status</th><th>set</th><th>files</th><th>bytes</th><th>error</th></tr>");
            foreach (var export in exports)
            {
                html.Append("<tr><td>").Append(E(Time(export.StartedAt))).Append("</td><td>").Append(E(export.Trigger)).Append("</td><td class=\"")
                    .Append(E(export.Status)).Append("\">").Append(E(export.Status)).Append("</td><td>").Append(E(export.SetId ?? string.Empty))
                    .Append("</td><td>").Append(export.Files).Append("</td><td>").Append(export.Bytes).Append("</td><td>")
                    .Append(E(export.Error ?? string.Empty)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("<h3>data.gouv.fr resources</h3>");
        if (resources.Count == 0)
        {
            return html.Append("<p class=\"muted\">Nothing uploaded yet.</p></section>").ToString();
        }

        html.Append("<table><tr><th>file</th><th>dataset</th><th>resource</th><th>last attempt (UTC)</th><th>status</th><th>last success (UTC)</th><th>set online</th><th>error</th></tr>");
        foreach (var resource in resources)
        {
            html.Append("<tr><td><code>").Append(E(resource.FileName)).Append("</code></td><td>").Append(E(resource.DatasetId)).Append("</td><td>")
                .Append(E(resource.ResourceId ?? "none yet")).Append("</td><td>").Append(E(Time(resource.LastAttemptAt))).Append("</td><td class=\"")
                .Append(E(resource.LastStatus)).Append("\">").Append(E(resource.LastStatus)).Append("</td><td>")
                .Append(resource.LastSuccessAt is { } success ? E(Time(success)) : "never").Append("</td><td>").Append(E(resource.LastSuccessSet ?? string.Empty))
                .Append("</td><td>").Append(E(resource.LastError ?? string.Empty)).Append("</td></tr>");
        }

        return html.Append("</table></section>").ToString();
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
