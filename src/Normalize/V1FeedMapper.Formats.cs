using System.Text;
using System.Text.Json;
using System.Text.Unicode;
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

    private static IEnumerable<(RecordLocation Location, JsonElement Record)> ReadRecords(RawDocument document, string resourceType, List<ValidationIssue> issues) =>
        DetectFormat(document) switch
        {
            Format.Ndjson => ReadNdjson(document, resourceType, issues),
            Format.Csv => ReadCsv(document, resourceType, issues),
            Format.Xlsx => ReadSheet(document, resourceType, issues),
            _ => JsonRecords.Read(document, issues, "items", "results")
                .Select((record, index) => (new RecordLocation(document.Name, null, null, index), record)).ToList(),
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

    /// <summary>
    /// Reads NDJSON line by line over the payload's UTF-8 bytes, lazily: each line is parsed in place (no decoded copy of
    /// the document, no string per line) and its record is handed to the caller, which maps it before asking for the next
    /// one, so only the mapped records outlive a line. A payload that is not valid UTF-8 is decoded as Windows-1252 first.
    /// </summary>
    private static IEnumerable<(RecordLocation, JsonElement)> ReadNdjson(RawDocument document, string resourceType, List<ValidationIssue> issues)
    {
        var content = document.Content;
        if (content.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        if (!Utf8.IsValid(content.Span))
        {
            content = Encoding.UTF8.GetBytes(CsvTable.Decode(content.Span));
        }

        for (var lineNumber = 1; !content.IsEmpty; lineNumber++)
        {
            var end = content.Span.IndexOf((byte)'\n');
            var line = end < 0 ? content : content[..end];
            content = end < 0 ? ReadOnlyMemory<byte>.Empty : content[(end + 1)..];
            line = line[Ascii.Trim(line.Span)];
            if (line.IsEmpty)
            {
                continue;
            }

            var locator = new RecordLocation(document.Name, null, lineNumber, null);
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(JsonDepth.Bound(line), JsonRead.DocumentOptions);
            }
            catch (JsonException e)
            {
                issues.Add(MappingIssues.UnreadableRecord(resourceType, locator.ToString(), e.Message));
                continue;
            }

            // The element is valid until the document is disposed: when the caller asks for the next line.
            using (json)
            {
                yield return (locator, json.RootElement);
            }
        }
    }

    private static IEnumerable<(RecordLocation, JsonElement)> ReadSheet(RawDocument document, string resourceType, List<ValidationIssue> issues)
    {
        var sheet = resourceType == ValidationIssue.ServiceType ? "Services" : "Structures";
        IReadOnlyList<string> names;
        try
        {
            names = XlsxTable.SheetNames(document.Content);
        }
        catch (UnsafeArchiveException e)
        {
            issues.Add(MappingIssues.UnreadableDocument(document, e.Message));
            return [];
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

        return ReadTable(resourceType, XlsxTable.Read(document.Content, actual), document.Name, actual);
    }

    private static IEnumerable<(RecordLocation, JsonElement)> ReadCsv(RawDocument document, string resourceType, List<ValidationIssue> issues)
    {
        try
        {
            return ReadTable(resourceType, CsvTable.ReadTable(document.Content), document.Name, null);
        }
        catch (CsvHelper.CsvHelperException e)
        {
            issues.Add(MappingIssues.UnreadableDocument(document, e.Message));
            return [];
        }
    }

    // Lazy: each row becomes JSON only when the caller asks for it, so a table's records are never all held as JSON at once.
    private static IEnumerable<(RecordLocation, JsonElement)> ReadTable(string resourceType, TableRows table, string name, string? sheet) =>
        table.Rows.Where(r => !TabularRecord.IsIgnored(r.Row))
            .Select(r => (new RecordLocation(name, sheet, r.Line, null, table.ColumnLetters), JsonSerializer.SerializeToElement(TabularRecord.ToJson(r.Row, resourceType))));
}
