namespace DataInclusion.Normalize.Internal;

/// <summary>Issues for raw input that could not be mapped; located by document name and record index.</summary>
internal static class MappingIssues
{
    public static ValidationIssue UnknownStream(RawDocument document) =>
        new(string.Empty, document.Name, string.Empty, "document.flux-inconnu", IssueSeverity.Error, document.Stream,
            $"Le flux « {document.Stream} » n'est pas attendu pour cette source ; document ignoré.");

    public static ValidationIssue UnreadableDocument(RawDocument document, string resourceType, string reason) =>
        new(resourceType, document.Name, string.Empty, "document.illisible", IssueSeverity.Error, null,
            $"Le document « {document.Name} » est illisible : {reason}");

    public static ValidationIssue UnreadableRecord(RawDocument document, string resourceType, int index, string reason) =>
        new(resourceType, Locate(document, index), string.Empty, "enregistrement.illisible", IssueSeverity.Error, null,
            $"L'enregistrement n° {index + 1} du document « {document.Name} » est illisible : {reason}");

    public static ValidationIssue MissingId(RawDocument document, string resourceType, int index, string field = "id") =>
        new(resourceType, Locate(document, index), field, "enregistrement.sans-id", IssueSeverity.Error, null,
            $"L'enregistrement n° {index + 1} du document « {document.Name} » n'a pas de champ `{field}` : il est ignoré.");

    public static string Locate(RawDocument document, int index) => $"{document.Name}[{index}]";
}
