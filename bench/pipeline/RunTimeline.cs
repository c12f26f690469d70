using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DataInclusion.Pipeline.Bench;

/// <summary>
/// The steps of the run, from the child's JSON log events (raw stored, normalised, published…) with the seconds since
/// its first event: where the time goes, not only how much.
/// </summary>
internal static class RunTimeline
{
    /// <param name="rss">The child's resident memory polled during the run: each step shows the most it reached since the previous one.</param>
    public static string Describe(string jsonLog, IReadOnlyList<RssSample> rss)
    {
        var previous = DateTimeOffset.MinValue;
        DateTimeOffset? start = null;
        var lines = new List<string>();
        foreach (var line in jsonLog.Split('\n'))
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            try
            {
                using var e = JsonDocument.Parse(line);
                var root = e.RootElement;
                var at = DateTimeOffset.Parse(root.GetProperty("@t").GetString()!, CultureInfo.InvariantCulture);
                start ??= at;
                if (root.TryGetProperty("SourceContext", out var context) && context.GetString()!.EndsWith("SourceRunner", StringComparison.Ordinal))
                {
                    var peak = rss.Where(s => s.At > previous && s.At <= at).Select(s => s.Kb).DefaultIfEmpty(0).Max();
                    previous = at;
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"  +{(at - start.Value).TotalSeconds,6:F1} s  {peak / 1024,5} MB  {Render(root)}"));
                }
            }
            catch (JsonException)
            {
                // Not a log event.
            }
        }

        var after = rss.Where(s => s.At > previous).Select(s => s.Kb).DefaultIfEmpty(0).Max();
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  (after)   {after / 1024,5} MB  until the process ended"));
        return "run timeline (seconds since the first event, most resident memory since the previous line):\n" + string.Join('\n', lines);
    }

    // The message template with its properties filled in ({Name} or {Name:format} → value), cut at 160 characters.
    private static string Render(JsonElement e)
    {
        var text = e.GetProperty("@mt").GetString()!;
        foreach (var property in e.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
        {
            text = Regex.Replace(text, "\\{" + Regex.Escape(property.Name) + "(:[^}]*)?\\}", property.Value.ToString().Replace("$", "$$", StringComparison.Ordinal));
        }

        // A failure's exception (compact JSON "@x"): its first line says what went wrong.
        if (e.TryGetProperty("@x", out var exception) && exception.GetString() is { } detail)
        {
            text += " — " + detail.Split('\n')[0].Trim();
            return text.Length > 400 ? text[..400] + "…" : text;
        }

        return text.Length > 160 ? text[..160] + "…" : text;
    }
}
