namespace DataInclusion.Normalize.Validation;

/// <summary>The counts of one file, or of one sheet of a workbook.</summary>
/// <param name="Invalid">Records with at least one error.</param>
/// <param name="Errors">Findings of level error, file-level ones included.</param>
public sealed record FileTotals(string File, string? Sheet, string ResourceType, int Records, int Valid, int Invalid, int Errors, int Warnings);
