namespace DataInclusion.Normalize.Validation;

/// <summary>Identical findings (same file, sheet, field, code, value and message) and the lines where they occur.</summary>
/// <param name="Lines">Ranges of lines (or of 1-based record numbers in a JSON array), in order.</param>
/// <param name="Where">The ranges in words: <c>lignes 3 à 7, 9 et 12</c>.</param>
public sealed record FindingGroup(
    string File,
    string? Sheet,
    string ResourceType,
    string Field,
    string Code,
    IssueSeverity Severity,
    string? Value,
    string Message,
    string? Suggestion,
    int Count,
    IReadOnlyList<LineRange> Lines,
    string Where);

/// <summary>Consecutive lines <paramref name="First"/> to <paramref name="Last"/> (equal for one line).</summary>
public readonly record struct LineRange(int First, int Last);
