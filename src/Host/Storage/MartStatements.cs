namespace DataInclusion.Host.Storage;

/// <summary>The publication's statements that build mart rows: the vectors' staging, then the structures' and the services' inserts.</summary>
internal sealed record MartStatements(string[] Staging, string[] Inserts);
