namespace DataInclusion.Host.Storage;

/// <summary>A v1 record of a run as stored in the normalised layer: its JSON in v1 field names and whether it may be published.</summary>
internal sealed record NormalizedRecord(string Id, string? StructureId, bool IsValid, string Json);
