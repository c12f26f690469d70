namespace DataInclusion.Normalize.Validation;

/// <summary>The state of one validation: records read so far with their findings, and the counts per file or sheet.</summary>
internal sealed partial class ValidationRun(RecordValidator rules, ArchiveLimits limits)
{
    private readonly List<Finding> _findings = [];
    private readonly List<Part> _parts = [];
    private readonly List<Entry<Structure>> _structures = [];
    private readonly List<Entry<Service>> _services = [];
    private bool _structuresGiven;

    public ValidationReport Report()
    {
        var totals = _parts.Select(p =>
        {
            var findings = _findings.Where(f => f.File == p.File && f.Sheet == p.Sheet && (f.ResourceType == p.ResourceType || f.ResourceType == ValidationIssue.DocumentType)).ToList();
            return new FileTotals(p.File, p.Sheet, p.ResourceType, p.Records, p.Records - p.Invalid, p.Invalid,
                findings.Count(f => f.Severity == IssueSeverity.Error), findings.Count(f => f.Severity == IssueSeverity.Warning));
        }).ToList();
        var ordered = _findings.OrderBy(f => _parts.FindIndex(p => p.File == f.File && p.Sheet == f.Sheet))
            .ThenBy(f => f.Line ?? f.Index ?? -1).ToList();
        return new ValidationReport(totals, ordered, FindingGrouper.Group(ordered));
    }

    /// <summary>A whole-file finding (unreadable, unknown format, missing sheet).</summary>
    private void AddDocumentFinding(string file, string? sheet, string code, IssueSeverity severity, string message)
    {
        PartOf(file, sheet, ValidationIssue.DocumentType);
        _findings.Add(new Finding(file, sheet, null, null, null, ValidationIssue.DocumentType, null, string.Empty, code, severity, null, message, null));
    }

    private void AddFinding(Part part, RecordLocation? location, string? recordId, ValidationIssue issue, Action? markInvalid = null)
    {
        var field = issue.Field;
        var finding = new Finding(part.File, part.Sheet, location?.Line, location?.Index, location?.CellOf(field), part.ResourceType,
            string.IsNullOrWhiteSpace(recordId) ? null : recordId, field, issue.Code, issue.Severity, issue.Value, issue.Message,
            Suggestions.For(BaseField(field), issue.Code, issue.Value));
        _findings.Add(finding);
        if (issue.Severity == IssueSeverity.Error)
        {
            markInvalid?.Invoke();
        }
    }

    private Part PartOf(string file, string? sheet, string resourceType)
    {
        var part = _parts.Find(p => p.File == file && p.Sheet == sheet && p.ResourceType == resourceType);
        if (part is null && resourceType == ValidationIssue.DocumentType)
        {
            // A file-level finding on a file whose records were counted joins that count.
            part = _parts.Find(p => p.File == file && p.Sheet == sheet);
        }

        if (part is null)
        {
            part = new Part(file, sheet, resourceType);
            _parts.Add(part);
        }

        return part;
    }

    private static string BaseField(string field) => field.IndexOfAny(['[', '.']) is var end and >= 0 ? field[..end] : field;

    /// <summary>A file, or a sheet of a workbook, and its record counts.</summary>
    private sealed class Part(string file, string? sheet, string resourceType)
    {
        public string File { get; } = file;

        public string? Sheet { get; } = sheet;

        public string ResourceType { get; } = resourceType;

        public int Records { get; set; }

        public int Invalid { get; set; }
    }

    /// <summary>A record read, where it is, and whether an error made it invalid.</summary>
    private sealed class Entry<T>(Part part, RecordLocation location, T record)
        where T : class
    {
        public Part Part { get; } = part;

        public RecordLocation Location { get; } = location;

        public T Record { get; } = record;

        public bool IsInvalid { get; private set; }

        public void MarkInvalid()
        {
            if (!IsInvalid)
            {
                IsInvalid = true;
                Part.Invalid++;
            }
        }
    }
}
