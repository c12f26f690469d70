namespace DataInclusion.Host.OpenData;

/// <summary>One row of <c>ops.opendata_exports</c>.</summary>
internal sealed record OpenDataExportRecord(
    string Trigger, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Status, string? SetId, int? Files, long? Bytes, string? Error);
