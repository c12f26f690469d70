using DataInclusion.GraphQL.Language;

namespace DataInclusion.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Fact]
    public void Print_KitchenSinkQuery_MatchesGraphQLJsLayout()
    {
        const string Source = """
            query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
              whoever123is: node(id: [123, 456]) {
                id
                ... on User @onInlineFragment {
                  field2 {
                    id
                    alias: field1(first: 10, after: $foo) @include(if: $foo) {
                      id
                      ...frag @onFragmentSpread
                    }
                  }
                }
                ... @skip(unless: $foo) {
                  id
                }
                ... {
                  id
                }
              }
            }

            mutation likeStory @onMutation {
              like(story: 123) @onField {
                story {
                  id @onField
                }
              }
            }

            fragment frag on Friend @onFragmentDefinition {
              foo(size: $size, obj: { key: "value", block: "uses \"\"\"" })
            }

            {
              unnamed(truthy: true, falsy: false, nullish: null)
              query
            }
            """;

        Assert.Equal(Source, Printer.Print(Parser.Parse(Source)));
    }

    [Fact]
    public void Print_AnonymousQueryWithVariables_KeepsKeyword()
    {
        Assert.Equal("query ($a: Int) {\n  f(a: $a)\n}", Printer.Print(Parser.Parse("query ($a:Int){f(a:$a)}")));
        Assert.Equal("{\n  f\n}", Printer.Print(Parser.Parse("query { f }")));
    }

    [Fact]
    public void Print_LongArguments_BreakOntoLines()
    {
        var printed = Printer.Print(Parser.Parse("{ f(aaaaaaaaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbbbbbbbbbbb: 2, cccccccccccccccccccccccccc: 3) }"));

        Assert.Equal("{\n  f(\n    aaaaaaaaaaaaaaaaaaaa: 1\n    bbbbbbbbbbbbbbbbbbbbbbbbbbbb: 2\n    cccccccccccccccccccccccccc: 3\n  )\n}", printed);
    }

    [Fact]
    public void Print_TypeSystem_RoundTrips()
    {
        const string Source = """"
            "Schema description"
            schema @a {
              query: Query
              mutation: M
            }

            """
            Multi-line
            description
            """
            type Query implements Node & Entity @x {
              "field doc"
              f(a: Int = 1 @d, b: [String!]!): String @deprecated
              g(
                "arg doc"
                a: Int
              ): Int
            }

            union U = A | B

            enum Color {
              RED
              GREEN @deprecated(reason: "no")
            }

            input In @oneOf {
              a: Int
              b: String = "x"
            }

            directive @d(x: Int) repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION

            extend type Query {
              h: Int
            }

            extend union U = C
            """";

        Assert.Equal(Source, Printer.Print(Parser.Parse(Source)));
    }

    [Theory]
    [InlineData("a\"b\\c\nd\u0001", "\"a\\\"b\\\\c\\nd\\u0001\"")]
    [InlineData("é", "\"é\"")]
    public void PrintString_EscapesLikeGraphQLJs(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintString(value));
    }

    [Theory]
    [InlineData("\"desc\" query Q(\"d\" $a: Int, $b: Int) { a }", "\"desc\"\nquery Q(\n\"d\"\n$a: Int\n$b: Int\n) {\n  a\n}")]
    [InlineData("\"\"\"frag\"\"\" fragment F on T { a }", "\"\"\"frag\"\"\"\nfragment F on T {\n  a\n}")]
    [InlineData("directive @d(a: Int) @deprecated repeatable on FIELD", "directive @d(a: Int) @deprecated repeatable on FIELD")]
    public void Print_ExecutableDescriptionsAndDirectiveDirectives_AsGraphQLJs17(string source, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.Parse(source)));
    }

    [Fact]
    public void Print_IsIdempotentOnItsOwnOutput()
    {
        var once = Printer.Print(Parser.Parse("{a(x:{y:[1,2]},z:\"\"\"  block\"\"\")@d{...F ...on T{b}}} fragment F on T{c}"));
        Assert.Equal(once, Printer.Print(Parser.Parse(once)));
    }
}
