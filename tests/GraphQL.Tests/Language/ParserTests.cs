using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Parse_ShorthandQuery_BuildsFieldTree()
    {
        var document = Parser.Parse("{ dog { name, alias: nickname(x: 1) @skip(if: $no) } }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        var dog = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("dog", dog.Name.Value);
        var nick = Assert.IsType<FieldNode>(dog.SelectionSet!.Selections[1]);
        Assert.Equal("alias", nick.Alias!.Value);
        Assert.Equal("nickname", nick.Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(nick.Arguments[0].Value).Value);
        Assert.Equal("skip", nick.Directives[0].Name.Value);
        Assert.Equal(new SourceLocation(1, 15), nick.Location);
    }

    [Fact]
    public void Parse_FullOperation_ReadsVariablesAndFragments()
    {
        var document = Parser.Parse("""
            query Q($id: ID! = "x", $list: [Int!]) @dir {
              ... on Dog { name }
              ...frag @include(if: true)
              ... @skip(if: false) { x }
            }
            fragment frag on Dog { barkVolume }
            """);

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        Assert.IsType<NonNullTypeNode>(operation.VariableDefinitions[0].Type);
        Assert.IsType<ListTypeNode>(operation.VariableDefinitions[1].Type);
        Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[0]);
        Assert.IsType<FragmentSpreadNode>(operation.SelectionSet.Selections[1]);
        Assert.Null(Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[2]).TypeCondition);
        Assert.Equal("frag", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Name.Value);
    }

    [Fact]
    public void Parse_Values_AllKinds()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{a: [1, 2.5e3, \"s\", true, null, ENUM, $v], b: {}}"));
        var list = Assert.IsType<ListValueNode>(value.Fields[0].Value);
        Assert.Collection(
            list.Values,
            v => Assert.IsType<IntValueNode>(v),
            v => Assert.Equal("2.5e3", Assert.IsType<FloatValueNode>(v).Value),
            v => Assert.Equal("s", Assert.IsType<StringValueNode>(v).Value),
            v => Assert.True(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.IsType<NullValueNode>(v),
            v => Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(v).Value),
            v => Assert.Equal("v", Assert.IsType<VariableNode>(v).Name.Value));
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("notanoperation Foo { field }", "Syntax Error: Unexpected Name \"notanoperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("{ f(a: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T { a: Int }", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend type Foo", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    public void Parse_InvalidDocument_ThrowsLocatedSyntaxError(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source)).Error;

        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
    }

    [Fact]
    public void Parse_MaxTokens_Aborts()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d }", new ParserOptions { MaxTokens = 4 })).Error;

        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 9), error.Locations![0]);
    }

    [Fact]
    public void Parse_MaxTokens_AllowsExactCount()
    {
        Assert.NotNull(Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 5 }));
    }

    [Fact]
    public void Parse_DeepNesting_FailsWithSyntaxErrorInsteadOfStackOverflow()
    {
        var source = string.Concat(Enumerable.Repeat("{a", 100_000)) + string.Concat(Enumerable.Repeat("}", 100_000));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source)).Error;

        Assert.StartsWith("Syntax Error: Document exceeds the maximum nesting depth of 1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MaxDepth_IsConfigurable()
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a { b { c } } }", new ParserOptions { MaxDepth = 2 }));
        Assert.NotNull(Parser.Parse("{ a { b } }", new ParserOptions { MaxDepth = 2 }));
    }

    [Fact]
    public void Parse_TypeSystem_AllDefinitions()
    {
        var document = Parser.Parse("""
            "The schema"
            schema @a { query: Query mutation: M }
            "Scalar" scalar Date @specifiedBy(url: "https://example.com")
            type Query implements & Node & Entity @x { "f" f(a: Int = 1 @d, b: [String!]!): String @deprecated }
            interface Node implements Entity { id: ID! }
            union U = | A | B
            enum Color { RED "green" GREEN @deprecated(reason: "no") }
            input In @oneOf { a: Int, b: String = "x" }
            directive @d(x: Int) repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION
            extend schema @a
            extend scalar Date @x
            extend type Query { g: Int }
            extend interface Node @x
            extend union U = C
            extend enum Color { BLUE }
            extend input In { c: Float }
            """);

        Assert.Equal(15, document.Definitions.Count);
        var query = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal(["Node", "Entity"], query.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("f", query.Fields[0].Description!.Value);
        Assert.Equal(2, query.Fields[0].Arguments.Count);
        Assert.Equal(["A", "B"], Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[4]).Types.Select(t => t.Name.Value));
        var directive = Assert.IsType<DirectiveDefinitionNode>(document.Definitions[7]);
        Assert.True(directive.Repeatable);
        Assert.Equal(2, directive.Locations.Count);
        Assert.IsType<InputObjectTypeExtensionNode>(document.Definitions[14]);
    }
}
