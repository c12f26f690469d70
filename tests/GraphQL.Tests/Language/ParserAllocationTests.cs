using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Tests.Language;

/// <summary>What the parser's allocation cuts promise: shared names and exact-size lists.</summary>
public sealed class ParserAllocationTests
{
    private static FieldNode FirstField(DocumentNode document) =>
        (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];

    [Fact]
    public void Names_AreSharedAcrossDocuments()
    {
        var first = FirstField(Parser.Parse("{ parserSharedName(a: 1) }"));
        var second = FirstField(Parser.Parse("query Q { parserSharedName }"));

        Assert.Same(first.Name.Value, second.Name.Value);
        Assert.Equal("parserSharedName", second.Name.Value);
    }

    [Fact]
    public void Lists_AreExactSizeArrays_AndNestedSelectionsKeepTheirOwnItems()
    {
        var field = FirstField(Parser.Parse("{ a(x: 1, y: 2) @skip(if: false) { b c { d e f } g } h }"));

        var selections = Assert.IsType<SelectionNode[]>(field.SelectionSet!.Selections);
        Assert.Equal(["b", "c", "g"], selections.Select(s => ((FieldNode)s).Name.Value));
        Assert.Equal(["d", "e", "f"], ((FieldNode)selections[1]).SelectionSet!.Selections.Select(s => ((FieldNode)s).Name.Value));
        Assert.Equal(2, Assert.IsType<ArgumentNode[]>(field.Arguments).Length);
        Assert.Single(Assert.IsType<DirectiveNode[]>(field.Directives));
    }

    [Theory]
    [InlineData("{ a(x: 1) { b } }", false)]
    [InlineData("query ($v: Int) { a(x: $v) }", true)]
    [InlineData("{ a } fragment F on T { b(x: $v) }", true)]
    public void HasVariables_SaysWhetherTheParserMetAVariable(string text, bool expected)
    {
        // Validation skips collecting variable usages (three walks) when the parser met none.
        Assert.Equal(expected, Parser.Parse(text).HasVariables);
    }

    [Fact]
    public void HasVariables_OfADocumentBuiltByHand_IsTrue()
    {
        Assert.True(new DocumentNode().HasVariables);
    }
}
