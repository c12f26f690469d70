namespace DataInclusion.Normalize.Validation;

/// <summary>What the validator found in the files of one request: the same for the page, the CLI and the API.</summary>
public sealed record ValidationReport(IReadOnlyList<FileTotals> Files, IReadOnlyList<Finding> Findings, IReadOnlyList<FindingGroup> Groups)
{
    /// <summary>The code of a file that could not be read at all (the CLI's exit code 2).</summary>
    public const string UnreadableCode = "document.illisible";

    public int Errors => Findings.Count(f => f.Severity == IssueSeverity.Error);

    public int Warnings => Findings.Count(f => f.Severity == IssueSeverity.Warning);

    /// <summary>No finding of level error: warnings alone leave a file valid.</summary>
    public bool IsValid => Errors == 0;

    /// <summary>At least one file could not be read at all.</summary>
    public bool HasUnreadableInput => Findings.Any(f => f.Code == UnreadableCode);
}
