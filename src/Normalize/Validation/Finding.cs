namespace DataInclusion.Normalize.Validation;

/// <summary>One problem in a producer's file, located as the producer sees it.</summary>
/// <param name="File">The file name (inside a zip: the entry's name).</param>
/// <param name="Sheet">The workbook sheet (<c>Structures</c>, <c>Services</c>), or null.</param>
/// <param name="Line">The spreadsheet row or text line (header = 1), or null in a JSON array.</param>
/// <param name="Index">The 0-based position in a JSON array, or null.</param>
/// <param name="Cell">The cell, e.g. <c>Services!G12</c>, when the field is a column of a table.</param>
/// <param name="ResourceType"><c>structure</c>, <c>service</c> or <c>document</c> (the whole file).</param>
/// <param name="RecordId">The record's <c>id</c> as written, or null.</param>
/// <param name="Field">The v1 field, e.g. <c>publics[1]</c>; empty for the whole record or file.</param>
/// <param name="Code">A stable code, the same as the pipeline's (e.g. <c>publics.inconnu</c>, <c>id.doublon</c>).</param>
/// <param name="Suggestion">The nearest valid value, when there is one.</param>
public sealed record Finding(
    string File,
    string? Sheet,
    int? Line,
    int? Index,
    string? Cell,
    string ResourceType,
    string? RecordId,
    string Field,
    string Code,
    IssueSeverity Severity,
    string? Value,
    string Message,
    string? Suggestion)
{
    /// <summary>The field without its list index (<c>publics[1]</c> → <c>publics</c>): the column it lives in.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string BaseField => Field.IndexOfAny(['[', '.']) is var end and >= 0 ? Field[..end] : Field;

    /// <summary>Where, in words: <c>ligne 12</c>, <c>enregistrement n° 3</c>, or empty for the whole file.</summary>
    public string Where => Line is { } line ? $"ligne {line}" : Index is { } index ? $"enregistrement n° {index + 1}" : string.Empty;
}
