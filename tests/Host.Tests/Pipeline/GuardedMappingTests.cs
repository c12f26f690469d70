using DataInclusion.Host.Pipeline;
using DataInclusion.Normalize;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>Issue 8, defence in depth: a mapper that still throws loses the offending document, not the run.</summary>
public sealed class GuardedMappingTests
{
    [Fact]
    public void MapperThrowingOnOneDocument_ThatDocumentIsReported_TheOthersAreMapped()
    {
        var failed = new List<string>();
        RawDocument[] documents = [Document("good.json"), Document("bad.json"), Document("other.json")];

        var result = GuardedMapping.Map(new ThrowingMapper("bad.json"), documents, (_, name) => failed.Add(name));

        Assert.Equal(["good.json", "other.json"], result.Structures.Select(s => s.Nom));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("bad.json", "document.erreur-interne", IssueSeverity.Error), (issue.RecordId, issue.Code, issue.Severity));
        Assert.Equal(["bad.json"], failed);
    }

    [Fact]
    public void RecordThatMakesValidationThrow_IsAnErrorOnThatRecord_TheOthersGoOn()
    {
        var failed = new List<string>();
        Structure[] structures =
        [
            new() { Source = "test", Id = "test--ok", Nom = "Maison de l'emploi", DateMaj = new DateOnly(2025, 3, 1) },

            // No mapper sends this any more (property-tested), but an infinite number cannot be serialised: it throws.
            new() { Source = "test", Id = "test--infini", Nom = "Structure à l'infini", DateMaj = new DateOnly(2025, 3, 1), Longitude = double.PositiveInfinity },
        ];

        var run = RunValidation.Validate(new MappingResult(structures, [], []), new RecordValidator(TimeProvider.System),
            new DataInclusion.Normalize.Enrichment.Enricher(), (_, _, id) => failed.Add(id));

        Assert.Equal(["test--ok"], run.Structures.Select(s => s.Id));
        Assert.Equal((2, 1), (run.Fetched, run.Valid));
        var issue = Assert.Single(run.Issues, i => i.Severity == "error");
        Assert.Equal(("test--infini", "enregistrement.erreur-interne"), (issue.RecordId, issue.Code));
        Assert.Equal(["test--infini"], failed);
    }

    private static RawDocument Document(string name) => new("structures", name, "[]"u8.ToArray(), "application/json");

    /// <summary>Maps each document to one structure named after it, and throws on the named one.</summary>
    private sealed class ThrowingMapper(string throwsOn) : ISourceMapper
    {
        public string Source => "test";

        public MappingResult Map(IReadOnlyList<RawDocument> documents) =>
            documents.Any(d => d.Name == throwsOn)
                ? throw new InvalidOperationException("a mapper bug")
                : new MappingResult(documents.Select(d => new Structure { Source = "test", Id = d.Name, Nom = d.Name, DateMaj = default }).ToList(), [], []);
    }
}
