using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"quote \\\" slash \\\\ \\/ \\b\\f\\n\\r\\t\"", "quote \" slash \\ / \b\f\n\r\t")]
    [InlineData("\"unicode \\u1234\\u5678\"", "unicode \u1234\u5678")]
    [InlineData("\"braces \\u{1F600} \\u{41}\"", "braces \U0001F600 A")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair \U0001F600")]
    [InlineData("\"raw \U0001F600\"", "raw \U0001F600")]
    public void String_Escapes_AreDecoded(string source, string expected)
    {
        Assert.Equal(expected, Assert.IsType<StringValueNode>(Parser.ParseValue(source)).Value);
    }

    [Theory]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"contains \\\"\"\" triple\"\"\"", "contains \"\"\" triple")]
    [InlineData("\"\"\"  first\n  second\"\"\"", "  first\nsecond")]
    [InlineData("\"\"\"\r\n\r\n  a\r\n    b\r\n\r\n\"\"\"", "a\n  b")]
    [InlineData("\"\"\"   \"\"\"", "")]
    [InlineData("\"\"\"no escape \\n here\"\"\"", "no escape \\n here")]
    public void BlockString_RemovesCommonIndentAndBlankLines(string source, string expected)
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue(source));
        Assert.True(value.Block);
        Assert.Equal(expected, value.Value);
    }

    [Theory]
    [InlineData("\"unterminated", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u12 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12 e\".", 1, 6)]
    [InlineData("\"bad \\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"lone \\uD800\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 7)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("12a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 3)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData(".5", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 1)]
    public void Lexer_InvalidInput_ReportsGraphQLJsMessage(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(source)).Error;

        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Locations![0]);
    }

    [Fact]
    public void Locations_CountLinesAcrossCommentsCommasAndCrLf()
    {
        var document = Parser.Parse("\uFEFF# comment\r\n{\r\n  a,,\r  # c2\n    b\n\"\"\"x\ny\"\"\" }".Replace("\"\"\"x\ny\"\"\" ", string.Empty, StringComparison.Ordinal));

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal(new SourceLocation(3, 3), selections[0].Location);
        Assert.Equal(new SourceLocation(5, 5), selections[1].Location);
    }

    [Fact]
    public void Locations_AfterBlockString_AreOnFollowingLines()
    {
        var document = Parser.Parse("\"\"\"\nline\nline\n\"\"\"\nscalar X");

        var scalar = Assert.IsType<ScalarTypeDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(new SourceLocation(5, 8), scalar.Name.Location);
        Assert.Equal(new SourceLocation(1, 1), scalar.Description!.Location);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "-0")]
    [InlineData("123", "123")]
    [InlineData("-1.5E-10", "-1.5E-10")]
    public void Numbers_KeepTheirSourceText(string source, string expected)
    {
        var node = Parser.ParseValue(source);
        Assert.Equal(expected, node is IntValueNode i ? i.Value : ((FloatValueNode)node).Value);
    }
}
