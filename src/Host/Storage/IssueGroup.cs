namespace DataInclusion.Host.Storage;

/// <summary>The validation results of one run for one field and code: how many, an example, and a few record ids.</summary>
internal sealed record IssueGroup(string Field, string Code, string Severity, long Count, string ExampleMessage, IReadOnlyList<string> SampleRecordIds);
