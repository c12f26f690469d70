namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Issues for raw input that could not be mapped. A record is located by <c>document[index]</c> (JSON arrays) or
/// <c>document:ligne N</c> (NDJSON, CSV, spreadsheets: the line a producer sees in an editor or a spreadsheet).
/// </summary>
internal static class MappingIssues
{
    public static ValidationIssue UnknownStream(RawDocument document) =>
        new(ValidationIssue.DocumentType, document.Name, string.Empty, "document.flux-inconnu", IssueSeverity.Error, document.Stream,
            $"Le flux « {document.Stream} » n'est pas attendu pour cette source ; document ignoré.");

    public static ValidationIssue UnreadableDocument(RawDocument document, string reason) =>
        new(ValidationIssue.DocumentType, document.Name, string.Empty, "document.illisible", IssueSeverity.Error, null,
            $"Le document « {document.Name} » est illisible : {reason}");

    public static ValidationIssue UnreadableRecord(RawDocument document, string resourceType, int index, string reason) =>
        UnreadableRecord(resourceType, Locate(document, index), reason);

    public static ValidationIssue UnreadableRecord(string resourceType, string locator, string reason, string field = "") =>
        new(resourceType, locator, field, "enregistrement.illisible", IssueSeverity.Error, null,
            $"L'enregistrement {locator} est illisible : {reason}");

    public static ValidationIssue MissingId(RawDocument document, string resourceType, int index, string field = "id") =>
        MissingId(resourceType, Locate(document, index), field);

    public static ValidationIssue MissingId(string resourceType, string locator, string field = "id") =>
        new(resourceType, locator, field, "enregistrement.sans-id", IssueSeverity.Error, null,
            $"L'enregistrement {locator} n'a pas de champ `{field}` : il est ignoré.");

    public static string Locate(RawDocument document, int index) => $"{document.Name}[{index}]";

    public static string Line(RawDocument document, int line) => $"{document.Name}:ligne {line}";
}
