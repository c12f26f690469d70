using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    [Theory]
    [InlineData("type Query { a: Int } interface I { x: Int } type T implements I { y: Int }", "Interface field I.x expected but T does not provide it.")]
    [InlineData("type Query { a: Int } interface I { x(a: Int): Int } type T implements I { x: String }", "Interface field I.x expects type Int but T.x is type String.\nInterface field argument I.x(a:) expected but T.x does not provide it.")]
    [InlineData("type Query { a: Int } union U", "Union type U must define one or more member types.")]
    [InlineData("type Query { a: Int } input A { b: B! } input B { a: A! x: Int }", "Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a.")]
    [InlineData("type Query { a: Unknown }", "Unknown type \"Unknown\".")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int } input I @oneOf { a: Int! b: String = \"x\" }", "OneOf input field I.a must be nullable.\nOneOf input field I.b cannot have a default value.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Foo { a: Int }", "Query root type must be provided.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a: Int } extend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.")]
    [InlineData("type Query { a: Int } type T implements Query { a: Int }", "Type T must only implement Interface types, it cannot implement Query.")]
    [InlineData("type Query { a: Int } input In { x: Int } type T { f: In }", "The type of T.f must be Output Type but got: In.")]
    public void Build_InvalidTypeSystem_ListsEveryProblem(string sdl, string expected)
    {
        var exception = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddTypeDefinitions(sdl).Build());

        Assert.Equal(expected, string.Join("\n", exception.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void Build_ExtensionsAndInterfacesImplementingInterfaces()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { node: Node } interface Node { id: ID! } interface Resource implements Node { id: ID! url: String }")
            .AddTypeDefinitions("type Image implements Resource & Node { id: ID! url: String } extend type Query { image: Image } extend interface Node @deprecated")
            .Build();

        Assert.NotNull(schema.QueryType.GetField("image"));
        Assert.Equal(["Image"], schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name));
        Assert.True(schema.IsSubType(schema.GetType("Node")!, schema.GetType("Resource")!));
    }

    [Fact]
    public void Build_ResolverForUnknownField_IsReported()
    {
        var exception = Assert.Throws<SchemaValidationException>(() =>
            new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").AddResolver("Query", "b", _ => default).Build());

        Assert.Contains("Query.b", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CustomScalarAndSchemaDefinition()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("schema { query: Root } type Root { at: Date } scalar Date @specifiedBy(url: \"https://tools.ietf.org/html/rfc3339\")")
            .AddScalar(new ScalarType("Date", "A calendar date."))
            .Build();

        var date = Assert.IsType<ScalarType>(schema.GetType("Date"));
        Assert.Equal("https://tools.ietf.org/html/rfc3339", date.SpecifiedByUrl);
        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Equal(["Root", "Date", "Boolean", "String"], schema.Types.Keys.Take(4));
    }

    [Fact]
    public void SchemaPrinter_MatchesGraphQLJsLayout()
    {
        const string Sdl = """"
            """The schema"""
            schema {
              query: Root
            }

            directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT

            """
            Root type
            with two lines
            """
            type Root {
              "Field doc"
              pets(
                """Filter"""
                kind: Kind = DOG
                first: Int = 10
              ): [Pet!]! @deprecated(reason: "Use animals.")
              old: String @deprecated
            }

            enum Kind {
              DOG
              CAT @deprecated
            }

            interface Pet {
              name: String
            }

            input Filter {
              a: Int
              b: [String!] = ["x"]
            }

            union Any = Root | Dog

            type Dog implements Pet {
              name: String
              f(x: Filter): Int
            }
            """";
        const string Expected = """"
            """The schema"""
            schema {
              query: Root
            }

            directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT

            """
            Root type
            with two lines
            """
            type Root {
              """Field doc"""
              pets(
                """Filter"""
                kind: Kind = DOG
                first: Int = 10
              ): [Pet!]! @deprecated(reason: "Use animals.")
              old: String @deprecated
            }

            enum Kind {
              DOG
              CAT @deprecated
            }

            interface Pet {
              name: String
            }

            input Filter {
              a: Int
              b: [String!] = ["x"]
            }

            union Any = Root | Dog

            type Dog implements Pet {
              name: String
              f(x: Filter): Int
            }
            """";

        Assert.Equal(Expected, SchemaPrinter.Print(new SchemaBuilder().AddTypeDefinitions(Sdl).Build()));
    }
}
