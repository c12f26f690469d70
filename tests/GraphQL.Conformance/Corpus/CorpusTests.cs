using DataInclusion.GraphQL.Conformance.Validation;

namespace DataInclusion.GraphQL.Conformance.Corpus;

/// <summary>The corpus itself: big enough, every §5 rule exercised both ways, and its annotations confirmed by graphql-js.</summary>
public sealed class CorpusTests
{
    [Fact]
    public void Corpus_EveryRule_HasValidAndInvalidDocuments()
    {
        var rules = CorpusReader.Documents
            .Where(d => d.Expected != CorpusExpectation.Syntax)
            .GroupBy(d => d.File.Split('-')[0]);
        foreach (var rule in rules)
        {
            Assert.Contains(rule, d => d.Expected == CorpusExpectation.Valid);
            Assert.Contains(rule, d => d.Expected == CorpusExpectation.Invalid);
        }

        Assert.True(CorpusReader.Documents.Count(d => d.Expected == CorpusExpectation.Syntax) >= 20);
    }

    [Fact]
    public async Task Corpus_Annotations_MatchGraphQLJs()
    {
        var outcomes = await ValidationOracle.OutcomesAsync();
        var wrong = CorpusReader.Documents
            .Where(d => d.Expected != Expectation(outcomes[d.Id]))
            .Select(d => $"{d.Id}: annotated {d.Expected}, graphql-js says {outcomes[d.Id].Describe()}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static CorpusExpectation Expectation(ValidationOutcome outcome) =>
        outcome.SyntaxError ? CorpusExpectation.Syntax : outcome.Valid ? CorpusExpectation.Valid : CorpusExpectation.Invalid;
}
