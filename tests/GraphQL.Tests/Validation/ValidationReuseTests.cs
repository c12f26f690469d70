using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Types;
using DataInclusion.GraphQL.Validation;

namespace DataInclusion.GraphQL.Tests.Validation;

/// <summary>
/// The validator reuses one set of rules per thread (issue 12 §1): each document must be judged as if the rules were
/// new, and validating must not cost the validator's own objects again.
/// </summary>
public sealed class ValidationReuseTests
{
    private static readonly Schema s_schema = new SchemaBuilder().AddTypeDefinitions(SpecExampleRuleTests.SpecSchema).Build();

    private static string Messages(IReadOnlyList<GraphQLError> errors) => string.Join(" | ", errors.Select(e => e.Message));

    [Theory]
    [InlineData("query Q { dog { ...F } } fragment F on Dog { name }")]
    [InlineData("{ dog { name } }")]
    public void Validate_TheSameValidDocumentAgainOnOneThread_StaysValid(string text)
    {
        // A named operation, a fragment and an anonymous operation: the rules that remember names or count operations.
        var document = Parser.Parse(text);

        Assert.Empty(DocumentValidator.Validate(s_schema, document));
        Assert.Empty(DocumentValidator.Validate(s_schema, document));
        Assert.Empty(DocumentValidator.Validate(s_schema, Parser.Parse(text)));
    }

    [Fact]
    public void Validate_AFragmentCycleAgain_IsReportedEveryTime()
    {
        const string Text = "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A }";
        var first = Messages(DocumentValidator.Validate(s_schema, Parser.Parse(Text)));
        var second = Messages(DocumentValidator.Validate(s_schema, Parser.Parse(Text)));

        Assert.Contains("Cannot spread fragment \"A\" within itself via \"B\".", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Validate_AfterAnAbortedValidation_JudgesTheNextDocumentAfresh_AndKeepsTheFirstErrors()
    {
        var aborted = DocumentValidator.Validate(
            s_schema,
            Parser.Parse("query Q { dog { a b c } } query Q { dog { d } }"),
            new ValidationOptions { MaxErrors = 2 });
        var abortedMessages = Messages(aborted);

        var next = DocumentValidator.Validate(s_schema, Parser.Parse("query Q { dog { name } }"));

        Assert.EndsWith("Too many validation errors, error limit reached. Validation aborted.", abortedMessages, StringComparison.Ordinal);
        Assert.Empty(next);
        Assert.Equal(abortedMessages, Messages(aborted));
    }

    [Fact]
    public void Validate_ASmallDocumentOnAWarmThread_AllocatesOnlyWhatTheDocumentNeeds()
    {
        // Before the reuse, this document cost about 9 KB per validation: the 28 rules, their maps, the type info stacks.
        var document = Parser.Parse("query Q { dog { name ... on Dog { nickname } owner { ...H } } } fragment H on Human { name }");
        for (var i = 0; i < 3; i++)
        {
            Assert.Empty(DocumentValidator.Validate(s_schema, document));
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        DocumentValidator.Validate(s_schema, document);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(allocated, 0, 4_000);
    }
}
