namespace DataInclusion.Host.Storage;

/// <summary>The publication's statements that build mart rows from the staged ones: the structures' insert, then the services'.</summary>
internal sealed record MartStatements(string[] Inserts);
