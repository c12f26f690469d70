namespace DataInclusion.GraphQL.Conformance.Corpus;

/// <summary>One document of the validation corpus; <see cref="Id"/> is `file::name`, the key used in known-differences.json.</summary>
public sealed record CorpusDocument(string File, string Name, CorpusExpectation Expected, string SchemaFile, string Source)
{
    public string Id => $"{File}::{Name}";

    public override string ToString() => Id;
}
