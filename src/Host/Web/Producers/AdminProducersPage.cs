using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DataInclusion.Host.Producers;

namespace DataInclusion.Host.Web.Producers;

/// <summary>
/// <c>/admin/producers</c>: the accounts, their feeds, and forms to add, rotate, revoke and register a feed. Every form
/// carries the anti-forgery token, since browsers resend the admin's Basic credentials on their own.
/// </summary>
internal static class AdminProducersPage
{
    public static string Render(IReadOnlyList<ProducerAccount> producers, string fieldName, string requestToken, string? message, string? issuedToken)
    {
        var csrf = $"<input type=\"hidden\" name=\"{E(fieldName)}\" value=\"{E(requestToken)}\">";
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>DataInclusion — producers</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left}")
            .Append("form{display:inline-block;margin:.2rem}label{margin-right:.5rem}.token{font-family:monospace;background:#ffe;padding:.5rem}</style></head><body><h1>Producers</h1>");
        if (message is not null)
        {
            html.Append("<p role=\"status\">").Append(E(message)).Append("</p>");
        }

        if (issuedToken is not null)
        {
            html.Append("<p>Token, shown this once (give it to the producer; only its hash is kept):</p><p class=\"token\" id=\"issued-token\">").Append(E(issuedToken)).Append("</p>");
        }

        html.Append("<table><tr><th>slug</th><th>name</th><th>contact</th><th>open data</th><th>token issued (UTC)</th><th>state</th><th>feed</th><th>actions</th></tr>");
        foreach (var producer in producers)
        {
            var action = "/admin/producers/" + Uri.EscapeDataString(producer.Slug);
            html.Append("<tr><td><code>").Append(E(producer.Slug)).Append("</code></td><td>").Append(E(producer.Name)).Append("</td><td>")
                .Append(E(producer.Contact ?? string.Empty)).Append("</td><td>").Append(producer.InOpenData ? "yes" : "no").Append("</td><td>")
                .Append(E(Time(producer.TokenIssuedAt))).Append("</td><td>").Append(producer.RevokedAt is { } revoked ? "revoked " + E(Time(revoked)) : "active")
                .Append("</td><td>").Append(E(producer.Feed.IsPulled
                    ? string.Join(", ", producer.Feed.Streams.Select(s => $"{s.Key}: {s.Value}")) + $" ({producer.Feed.Schedule ?? ProducerSource.DefaultSchedule})"
                    : "push only"))
                .Append("</td><td><form method=\"post\" action=\"").Append(action).Append("/rotate\">").Append(csrf).Append("<button>Rotate token</button></form>")
                .Append("<form method=\"post\" action=\"").Append(action).Append("/revoke\">").Append(csrf).Append("<button>Revoke</button></form>")
                .Append("<form method=\"post\" action=\"").Append(action).Append("/feed\">").Append(csrf)
                .Append(Field("structures", "Structures URL", producer.Feed.StructuresUrl)).Append(Field("services", "Services URL", producer.Feed.ServicesUrl))
                .Append(Field("classeur", "Classeur URL", producer.Feed.ClasseurUrl)).Append(Field("schedule", "Cron", producer.Feed.Schedule))
                .Append("<button>Save feed</button></form></td></tr>");
        }

        html.Append("</table><h2>Add a producer</h2><form method=\"post\" action=\"/admin/producers\">").Append(csrf)
            .Append(Field("slug", "Slug", null)).Append(Field("name", "Name", null)).Append(Field("contact", "Contact e-mail", null))
            .Append("<label><input type=\"checkbox\" name=\"openData\" value=\"true\"> in the open-data dumps</label><button>Add</button></form>");
        return html.Append("</body></html>").ToString();
    }

    private static string Field(string name, string label, string? value) =>
        $"<label>{E(label)} <input name=\"{name}\" value=\"{E(value ?? string.Empty)}\"></label>";

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
