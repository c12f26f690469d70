using DataInclusion.GraphQL.Conformance.Corpus;
using Xunit.Abstractions;

namespace DataInclusion.GraphQL.Conformance.Execution;

/// <summary>Executor results against graphql-js 17.1.0 execute on corpus/execution (GraphQL spec §6, §7).</summary>
public sealed class ExecutionConformanceTests(ITestOutputHelper output)
{
    private const string Section = "execution";

    public static TheoryData<string> CaseNames() => new(ExecutionCorpus.Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Executor_AgreesWithGraphQLJs(string name)
    {
        var @case = ExecutionCorpus.Cases.Single(c => c.Name == name);
        var reference = (await ExecutionOracle.ResultsAsync())[name];
        var ours = await EngineExecution.ExecuteAsync(
            EngineExecution.CorpusSchema, @case.Document, @case.Variables, @case.OperationName, ExecutionCorpus.RootOf(@case));
        var difference = ResultComparer.Difference(ours, reference);
        output.WriteLine(@case.Document);
        output.WriteLine("engine:     " + ours.ToJsonString());
        output.WriteLine("graphql-js: " + reference.ToJsonString());
        if (KnownDifferences.Instance.TryGetReason(Section, name, out var reason))
        {
            output.WriteLine(difference is null
                ? $"STALE known difference (the engine now agrees; remove it from known-differences.json): {reason}"
                : $"KNOWN DIFFERENCE ({difference}): {reason}");
            return;
        }

        Assert.True(difference is null, $"{difference}{Environment.NewLine}engine:{Environment.NewLine}{ResultComparer.Pretty(ours)}"
            + $"{Environment.NewLine}graphql-js:{Environment.NewLine}{ResultComparer.Pretty(reference)}");
    }

    [Fact]
    public async Task Corpus_Summary_ReportsAgreementCounts()
    {
        var references = await ExecutionOracle.ResultsAsync();
        var known = KnownDifferences.Instance.Section(Section);
        var agreements = 0;
        var unexpected = new List<string>();
        foreach (var @case in ExecutionCorpus.Cases)
        {
            var ours = await EngineExecution.ExecuteAsync(
                EngineExecution.CorpusSchema, @case.Document, @case.Variables, @case.OperationName, ExecutionCorpus.RootOf(@case));
            if (ResultComparer.Difference(ours, references[@case.Name]) is { } difference)
            {
                if (!known.ContainsKey(@case.Name))
                {
                    unexpected.Add($"{@case.Name}: {difference}");
                }
            }
            else
            {
                agreements++;
            }
        }

        output.WriteLine($"cases: {ExecutionCorpus.Cases.Count}; agreements: {agreements}; known differences: {known.Count}");
        foreach (var (name, reason) in known)
        {
            output.WriteLine($"  KNOWN {name}: {reason}");
        }

        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected));
    }

    [Fact]
    public void Corpus_HasAtLeast40Cases_WithErrorsAndNullPropagation()
    {
        var cases = ExecutionCorpus.Cases;
        Assert.True(cases.Count >= 40, $"expected at least 40 execution cases, found {cases.Count}");
        Assert.Contains(cases, c => c.Document.Contains("fails", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Variables is not null);
        Assert.Contains(cases, c => c.Document.Contains("strictList", StringComparison.Ordinal));
    }
}
