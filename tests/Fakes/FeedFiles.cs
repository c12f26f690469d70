using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataInclusion.Fakes;

/// <summary>Turns JSON records into the other file shapes producers publish: NDJSON and CSV (Grist style).</summary>
public static class FeedFiles
{
    public static byte[] NdJson(IEnumerable<JsonNode> rows) =>
        Encoding.UTF8.GetBytes(string.Concat(rows.Select(row => row.ToJsonString(DrfPaging.CompactJson) + "\n")));

    /// <summary>
    /// RFC 4180 CSV with a header row of the first record's keys. Lists are joined with ", " (how Grist exports
    /// list columns, data-inclusion §2.4 france-travail services); null is an empty cell.
    /// </summary>
    public static byte[] Csv(IReadOnlyList<JsonNode> rows)
    {
        var columns = rows.Count == 0 ? [] : rows[0].AsObject().Select(pair => pair.Key).ToList();
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(Quote)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(column => Quote(Cell(row[column])))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The text of one cell, as a spreadsheet shows it.</summary>
    public static string Cell(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonArray array => string.Join(", ", array.Select(Cell)),
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => scalar.GetValue<string>(),
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.Number => scalar.GetValue<double>().ToString(CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
