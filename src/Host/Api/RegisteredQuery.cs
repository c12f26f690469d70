namespace DataInclusion.Host.Api;

/// <summary>A document an operator registered, keyed by the SHA-256 of its text.</summary>
internal sealed record RegisteredQuery(string Hash, string Document, string? Name, DateTimeOffset AddedAt);
