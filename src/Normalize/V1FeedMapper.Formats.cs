using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>Reads the records of one document in any of the accepted formats, each with a locator for reports.</summary>
public sealed partial class V1FeedMapper
{
    private enum Format
    {
        Json,
        Ndjson,
        Csv,
        Xlsx,
    }

    private static List<(string Locator, JsonElement Record)> ReadRecords(RawDocument document, string resourceType, List<ValidationIssue> issues) =>
        DetectFormat(document) switch
        {
            Format.Ndjson => ReadNdjson(document, resourceType, issues),
            Format.Csv => ReadCsv(document, resourceType, issues),
            Format.Xlsx => ReadSheet(document, resourceType, issues),
            _ => JsonRecords.Read(document, issues, "items", "results")
                .Select((record, index) => (MappingIssues.Locate(document, index), record)).ToList(),
        };

    private static Format DetectFormat(RawDocument document)
    {
        var type = document.MediaType.Split(';')[0].Trim().ToLowerInvariant();
        var extension = Path.GetExtension(document.Name).ToLowerInvariant();
        return (type, extension) switch
        {
            ("application/x-ndjson" or "application/jsonl" or "application/jsonlines", _) or (_, ".ndjson" or ".jsonl") => Format.Ndjson,
            ("text/csv", _) or (_, ".csv") => Format.Csv,
            ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _) or (_, ".xlsx") => Format.Xlsx,
            _ => Format.Json,
        };
    }

    private static List<(string, JsonElement)> ReadNdjson(RawDocument document, string resourceType, List<ValidationIssue> issues)
    {
        var records = new List<(string, JsonElement)>();
        var lines = CsvTable.Decode(document.Content.Span).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var locator = MappingIssues.Line(document, i + 1);
            try
            {
                using var json = JsonDocument.Parse(JsonDepth.Bound(System.Text.Encoding.UTF8.GetBytes(line)), JsonRead.DocumentOptions);
                records.Add((locator, json.RootElement.Clone()));
            }
            catch (JsonException e)
            {
                issues.Add(MappingIssues.UnreadableRecord(resourceType, locator, e.Message));
            }
        }

        return records;
    }

    private static List<(string, JsonElement)> ReadSheet(RawDocument document, string resourceType, List<ValidationIssue> issues)
    {
        var sheet = resourceType == ValidationIssue.ServiceType ? "Services" : "Structures";
        IReadOnlyList<string> names;
        try
        {
            names = XlsxTable.SheetNames(document.Content);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException)
        {
            issues.Add(MappingIssues.UnreadableDocument(document, "classeur XLSX attendu."));
            return [];
        }

        var actual = names.FirstOrDefault(n => string.Equals(n.Trim(), sheet, StringComparison.OrdinalIgnoreCase));
        if (actual is null)
        {
            // A workbook may hold only one of the two sheets; a per-stream document must hold its own.
            if (document.Stream != WorkbookStream)
            {
                issues.Add(MappingIssues.UnreadableDocument(document, $"feuille « {sheet} » absente."));
            }

            return [];
        }

        return ReadTable(resourceType, XlsxTable.Read(document.Content, actual), $"{document.Name}!{actual}");
    }

    private static List<(string, JsonElement)> ReadCsv(RawDocument document, string resourceType, List<ValidationIssue> issues)
    {
        try
        {
            return ReadTable(resourceType, CsvTable.Read(document.Content), document.Name);
        }
        catch (CsvHelper.CsvHelperException e)
        {
            issues.Add(MappingIssues.UnreadableDocument(document, e.Message));
            return [];
        }
    }

    private static List<(string, JsonElement)> ReadTable(string resourceType, List<(int Line, Dictionary<string, string?> Row)> rows, string name) =>
        rows.Where(r => !TabularRecord.IsIgnored(r.Row))
            .Select(r => ($"{name}:ligne {r.Line}", JsonSerializer.SerializeToElement(TabularRecord.ToJson(r.Row, resourceType))))
            .ToList();
}
