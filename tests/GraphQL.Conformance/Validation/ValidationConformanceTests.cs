using DataInclusion.GraphQL.Conformance.Corpus;
using Xunit.Abstractions;

namespace DataInclusion.GraphQL.Conformance.Validation;

/// <summary>DocumentValidator (and Parser) against graphql-js 17.1.0 parse + validate on the whole corpus (GraphQL spec §5).</summary>
public sealed class ValidationConformanceTests(ITestOutputHelper output)
{
    private const string Section = "validation";

    public static TheoryData<string> DocumentIds() => new(CorpusReader.Documents.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public async Task DocumentValidator_AgreesWithGraphQLJs(string id)
    {
        var document = CorpusReader.Documents.Single(d => d.Id == id);
        var comparison = await ValidationComparison.CompareAsync(document);
        output.WriteLine(comparison.Describe());
        if (KnownDifferences.Instance.TryGetReason(Section, id, out var reason))
        {
            output.WriteLine(comparison.Agrees
                ? $"STALE known difference (the engine now agrees; remove it from known-differences.json): {reason}"
                : $"KNOWN DIFFERENCE: {reason}");
            return;
        }

        Assert.True(comparison.VerdictAgrees, "valid/invalid/syntax verdicts differ:" + Environment.NewLine + comparison.Describe());
        Assert.True(comparison.LocationsAgree, "error locations differ:" + Environment.NewLine + comparison.Describe());
    }

    [Fact]
    public async Task Corpus_Summary_ReportsAgreementCounts()
    {
        var comparisons = new List<ValidationComparison>();
        foreach (var document in CorpusReader.Documents)
        {
            comparisons.Add(await ValidationComparison.CompareAsync(document));
        }

        var known = KnownDifferences.Instance.Section(Section);
        var unexpected = comparisons.Where(c => !c.Agrees && !known.ContainsKey(c.Document.Id)).ToList();
        var messageMismatches = comparisons.Where(c => c.VerdictAgrees && !c.MessagesAgree).ToList();
        output.WriteLine($"documents: {comparisons.Count} (valid {comparisons.Count(c => c.Reference.Valid)}, "
            + $"invalid {comparisons.Count(c => !c.Reference.Valid && !c.Reference.SyntaxError)}, syntax {comparisons.Count(c => c.Reference.SyntaxError)})");
        output.WriteLine($"verdict agreements: {comparisons.Count(c => c.VerdictAgrees)}");
        output.WriteLine($"verdict + location agreements: {comparisons.Count(c => c.Agrees)}");
        output.WriteLine($"message agreements (same verdict, same message set): {comparisons.Count(c => c.VerdictAgrees && c.MessagesAgree)}");
        output.WriteLine($"message mismatches: {messageMismatches.Count}");
        output.WriteLine($"known differences: {known.Count}");
        foreach (var (id, reason) in known)
        {
            output.WriteLine($"  KNOWN {id}: {reason}");
        }

        foreach (var comparison in messageMismatches)
        {
            output.WriteLine("MESSAGE " + comparison.Describe());
        }

        Assert.True(comparisons.Count >= 300, $"the corpus must hold at least 300 documents, found {comparisons.Count}");
        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected.Select(c => c.Describe())));
    }
}
