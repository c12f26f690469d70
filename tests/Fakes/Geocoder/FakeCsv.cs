using System.Text;

namespace DataInclusion.Fakes.Geocoder;

/// <summary>The CSV dialect of the BAN's batch endpoint: delimiter detected on the header, quoted fields with doubled quotes.</summary>
internal static class FakeCsv
{
    public static (char Delimiter, string[] Header, List<string[]> Rows) Read(string text)
    {
        var lines = Records(text.TrimStart('\uFEFF')).ToList();
        var firstLine = text.Split('\n')[0];
        var delimiter = new[] { '|', ';', ',', '\t' }.MaxBy(d => firstLine.Count(c => c == d));
        var rows = lines.Select(l => Split(l, delimiter)).ToList();
        return rows.Count == 0 ? (delimiter, [], []) : (delimiter, rows[0], rows.Skip(1).ToList());
    }

    public static string Line(IEnumerable<string> values, char delimiter) =>
        string.Join(delimiter, values.Select(v => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n";

    private static IEnumerable<string> Records(string text)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == '\n' && !quoted)
            {
                yield return current.ToString().TrimEnd('\r');
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static string[] Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
