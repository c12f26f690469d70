using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Execution;

public sealed class JsonRootValueTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query { search: [Result!]! count: Int ratio: Float tags: [String] }
            union Result = Book | Author
            type Book { title: String pages: Int }
            type Author { name: String books: [Book] }
            """)
        .Build();

    [Fact]
    public async Task JsonRoot_UnionFragmentsResolveThroughTypename()
    {
        var root = JsonDocument.Parse("""
            {"count": 2, "ratio": 0.5, "tags": ["a", null],
             "search": [{"__typename": "Book", "title": "T", "pages": 12},
                        {"__typename": "Author", "name": "N", "books": [{"title": "B"}]}]}
            """).RootElement;

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = s_schema,
            Query = "{ count ratio tags search { __typename ... on Book { title pages } ... on Author { name books { title } } } }",
            RootValue = root,
        });

        Assert.Equal(
            """{"data":{"count":2,"ratio":0.5,"tags":["a",null],"search":[{"__typename":"Book","title":"T","pages":12},{"__typename":"Author","name":"N","books":[{"title":"B"}]}]}}""",
            result.ToJson());
    }

    [Fact]
    public async Task JsonRoot_UnknownTypename_IsAFieldError()
    {
        var root = JsonDocument.Parse("""{"search": [{"__typename": "Movie"}]}""").RootElement;

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = s_schema, Query = "{ search { __typename } }", RootValue = root });

        Assert.Equal(
            """{"errors":[{"message":"Abstract type \"Result\" was resolved to a type \"Movie\" that does not exist inside the schema.","locations":[{"line":1,"column":3}],"path":["search",0]}],"data":null}""",
            result.ToJson());
    }

    [Fact]
    public async Task VariablesJson_AreCoerced()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { sum(values: [Int!]!): Int }")
            .AddResolver("Query", "sum", c => new ValueTask<object?>(c.GetArgument<List<object?>>("values")!.Sum(v => (int)v!)))
            .Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "query ($v: [Int!]!) { sum(values: $v) }",
            VariablesJson = JsonDocument.Parse("""{"v": [1, 2, 3]}""").RootElement,
        });

        Assert.Equal("""{"data":{"sum":6}}""", result.ToJson());
    }
}
