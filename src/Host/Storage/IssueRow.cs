namespace DataInclusion.Host.Storage;

/// <summary>A validation result as stored (severity is "error" or "warning").</summary>
internal sealed record IssueRow(string ResourceType, string RecordId, string Field, string Code, string Severity, string? Value, string Message);
