namespace DataInclusion.Host.Storage;

/// <summary>A payload as received from a source, ready for the raw layer.</summary>
internal sealed record StoredPayload(string Stream, string Url, DateTimeOffset FetchedAt, string MediaType, byte[] Content);
