namespace DataInclusion.Host.Storage;

/// <summary>The publication's statements that build mart rows: staging (before the digests), then the two inserts.</summary>
internal sealed record MartStatements(string[] Staging, string[] Inserts);
