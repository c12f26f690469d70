namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>One row of <c>ops.datagouv_resources</c>: a file of the set, its resource, and how its last upload went.</summary>
internal sealed record DataGouvResourceRecord(
    string DatasetId, string FileName, string? ResourceId, DateTimeOffset LastAttemptAt, string LastStatus, string? LastError,
    DateTimeOffset? LastSuccessAt, string? LastSuccessSet);
