using DataInclusion.GraphQL.Conformance.Corpus;

namespace DataInclusion.GraphQL.Conformance.Validation;

/// <summary>The engine's and graphql-js's verdicts on one corpus document, and where they differ.</summary>
public sealed record ValidationComparison(CorpusDocument Document, ValidationOutcome Ours, ValidationOutcome Reference)
{
    public bool VerdictAgrees => Ours.SyntaxError == Reference.SyntaxError && Ours.Valid == Reference.Valid;

    public bool LocationsAgree => Ours.LocationSet.SequenceEqual(Reference.LocationSet);

    public bool MessagesAgree => Ours.MessageSet.SequenceEqual(Reference.MessageSet, StringComparer.Ordinal);

    /// <summary>Agreement required for the test to pass: same verdict and same set of error locations.</summary>
    public bool Agrees => VerdictAgrees && LocationsAgree;

    public string Describe() =>
        $"{Document.Id}{Environment.NewLine}  engine:     {Ours.Describe()}{Environment.NewLine}  graphql-js: {Reference.Describe()}";

    public static async Task<ValidationComparison> CompareAsync(CorpusDocument document)
    {
        var reference = (await ValidationOracle.OutcomesAsync())[document.Id];
        ValidationOutcome ours;
        try
        {
            ours = EngineValidation.Validate(document);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // An engine crash is a disagreement to report, not a reason to stop comparing the rest of the corpus.
            ours = new ValidationOutcome(false, [new Oracle.ReferenceError($"engine threw {ex.GetType().Name}: {ex.Message}", [], null)]);
        }

        return new ValidationComparison(document, ours, reference);
    }
}
