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

    /// <param name="unreadable">Collects the workbooks that cannot be opened, so the second sheet does not report them again.</param>
    private static IEnumerable<(RecordLocation Location, JsonElement Record)> ReadRecords(
        RawDocument document, string resourceType, List<ValidationIssue> issues, ISet<string>? unreadable = null)
    {
        // JSON, NDJSON and CSV are read record by record from the document's stream, whatever its size; an XLSX workbook is
        // a zip that needs random access, opened whole (its size is bounded by SafeArchive).
        return DetectFormat(document) switch
        {
            Format.Ndjson => ReadNdjson(document, resourceType, issues),
            Format.Csv => ReadCsv(document, resourceType, issues),
            Format.Xlsx => ReadSheet(document.Buffered(), resourceType, issues, unreadable),
            _ => JsonArrayStream.Read(document, issues, "items", "results")
                .Select(r => (new RecordLocation(document.Name, null, null, r.Index), r.Record)),
        };
    }

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
    /// Reads NDJSON line by line over the document's stream, lazily: each line is parsed in place in a reused buffer (no
    /// decoded copy of the document, no string per line) and its record is handed to the caller, which maps it before
    /// asking for the next one, so only the mapped records outlive a line. A line that is not valid UTF-8 is decoded as
    /// Windows-1252 (a spreadsheet export).
    /// </summary>
    private static IEnumerable<(RecordLocation, JsonElement)> ReadNdjson(RawDocument document, string resourceType, List<ValidationIssue> issues)
    {
        using var stream = document.OpenRead();
        foreach (var (lineNumber, raw) in Utf8Lines.Read(stream))
        {
            var line = raw[Ascii.Trim(raw.Span)];
            if (line.IsEmpty)
            {
                continue;
            }

            if (!Utf8.IsValid(line.Span))
            {
                line = Encoding.UTF8.GetBytes(CsvTable.Decode(line.Span));
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

    private static IEnumerable<(RecordLocation, JsonElement)> ReadSheet(
        RawDocument document, string resourceType, List<ValidationIssue> issues, ISet<string>? unreadable)
    {
        var sheet = resourceType == ValidationIssue.ServiceType ? "Services" : "Structures";
        IReadOnlyList<string> names;
        try
        {
            names = XlsxTable.SheetNames(document.Content);
        }
        catch (Exception e) when (e is UnsafeArchiveException or InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException)
        {
            issues.Add(MappingIssues.UnreadableDocument(document, e is UnsafeArchiveException ? e.Message : "classeur XLSX attendu."));
            if (document.Stream == WorkbookStream)
            {
                unreadable?.Add(document.Name);
            }

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
        var table = CsvTable.ReadTable(document.OpenRead);
        var rows = Unbroken(table.Rows, e => issues.Add(MappingIssues.UnreadableDocument(document, e.Message)));
        return ReadTable(resourceType, table with { Rows = rows }, document.Name, null);
    }

    /// <summary>The rows until the parser gives up on the file (then reported once): the rows before stay read.</summary>
    private static IEnumerable<T> Unbroken<T>(IEnumerable<T> rows, Action<CsvHelper.CsvHelperException> report)
    {
        using var enumerator = rows.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (CsvHelper.CsvHelperException e)
            {
                report(e);
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    // Lazy: each row becomes JSON only when the caller asks for it, so a table's records are never all held as JSON at once.
    private static IEnumerable<(RecordLocation, JsonElement)> ReadTable(string resourceType, TableRows table, string name, string? sheet) =>
        table.Rows.Where(r => !TabularRecord.IsIgnored(r.Row))
            .Select(r => (new RecordLocation(name, sheet, r.Line, null, table.ColumnLetters), JsonSerializer.SerializeToElement(TabularRecord.ToJson(r.Row, resourceType))));
}
