namespace DataInclusion.Normalize;

/// <summary>Reading records as the producer wrote them, each with its location: what the validator checks.</summary>
public sealed partial class V1FeedMapper
{
    /// <summary>
    /// The structures of <paramref name="document"/> (stream <c>structures</c>, or <c>classeur</c> for its Structures
    /// sheet) with nothing forced: neither source nor id prefix. A record that cannot be read comes with its issue instead.
    /// Issues about the whole document (unreadable, missing sheet) go to <paramref name="issues"/>.
    /// </summary>
    public static IReadOnlyList<LocatedRecord<Structure>> ReadLocatedStructures(RawDocument document, List<ValidationIssue> issues) =>
        ReadLocated<Structure>(document, ValidationIssue.StructureType, issues);

    /// <summary>The services of <paramref name="document"/>, as <see cref="ReadLocatedStructures"/> reads structures.</summary>
    public static IReadOnlyList<LocatedRecord<Service>> ReadLocatedServices(RawDocument document, List<ValidationIssue> issues) =>
        ReadLocated<Service>(document, ValidationIssue.ServiceType, issues);

    /// <summary>The sheet names of a workbook, once found safe to parse; <see cref="UnsafeArchiveException"/> otherwise.</summary>
    public static IReadOnlyList<string> WorkbookSheets(ReadOnlyMemory<byte> content) => Internal.XlsxTable.SheetNames(content);

    private static List<LocatedRecord<T>> ReadLocated<T>(RawDocument document, string resourceType, List<ValidationIssue> issues)
        where T : class
    {
        var records = new List<LocatedRecord<T>>();
        var recordIssues = new List<ValidationIssue>();
        foreach (var (location, json) in ReadRecords(document, resourceType, recordIssues))
        {
            // Issues raised while reading the records so far belong to lines skipped by the reader (an NDJSON line that
            // is not JSON): they come without a record.
            Flush(document, recordIssues, records, issues);
            var record = Deserialize<T>(location.ToString(), json, resourceType, recordIssues);
            records.Add(new LocatedRecord<T>(location, record, recordIssues.Count > 0 ? recordIssues[^1] : null));
            recordIssues.Clear();
        }

        Flush(document, recordIssues, records, issues);
        return records;
    }

    private static void Flush<T>(RawDocument document, List<ValidationIssue> pending, List<LocatedRecord<T>> records, List<ValidationIssue> documentIssues)
        where T : class
    {
        foreach (var issue in pending)
        {
            if (issue.ResourceType == ValidationIssue.DocumentType)
            {
                documentIssues.Add(issue);
            }
            else
            {
                records.Add(new LocatedRecord<T>(LineOf(document, issue.RecordId), null, issue));
            }
        }

        pending.Clear();
    }

    // The NDJSON reader names a line it could not parse in the issue's record id (`file:ligne N`).
    private static RecordLocation? LineOf(RawDocument document, string recordId)
    {
        var marker = recordId.LastIndexOf(":ligne ", StringComparison.Ordinal);
        return marker >= 0 && int.TryParse(recordId.AsSpan(marker + 7), System.Globalization.CultureInfo.InvariantCulture, out var line)
            ? new RecordLocation(document.Name, null, line, null)
            : null;
    }
}
