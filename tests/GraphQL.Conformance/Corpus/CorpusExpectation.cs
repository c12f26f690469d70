namespace DataInclusion.GraphQL.Conformance.Corpus;

/// <summary>What the corpus author expects of a document (checked against graphql-js, the reference).</summary>
public enum CorpusExpectation
{
    Valid,
    Invalid,
    Syntax,
}
