namespace DataInclusion.Normalize;

/// <summary>One problem found in a record (or in a raw document that could not be mapped).</summary>
/// <param name="ResourceType"><c>"structure"</c>, <c>"service"</c>, or <c>"document"</c> for a whole raw document.</param>
/// <param name="RecordId">The record id, or <c>document[index]</c> when the record has none.</param>
/// <param name="Field">The v1 field path, e.g. <c>publics[2]</c>; empty for a whole record or document.</param>
/// <param name="Code">A stable code, e.g. <c>siret.cle</c>, <c>required</c>, <c>thematiques.inconnu</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Value">The offending value, if any.</param>
/// <param name="Message">A French message for producers.</param>
public sealed record ValidationIssue(
    string ResourceType,
    string RecordId,
    string Field,
    string Code,
    IssueSeverity Severity,
    string? Value,
    string Message)
{
    public const string StructureType = "structure";

    public const string ServiceType = "service";

    /// <summary>A raw document that could not be read at all (unknown stream, not JSON, missing sheet...).</summary>
    public const string DocumentType = "document";
}
