using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query {
              hello(name: String = "world"): String!
              numbers: [Int!]
              pet(kind: String!): Pet
              pets: [Pet]
              failing: String
              failingNonNull: String!
              nested: Nested
              dict: Nested
            }
            type Nested { value: Int, child: Nested, required: String! }
            interface Pet { name: String! }
            type Dog implements Pet { name: String!, barks: Boolean }
            type Cat implements Pet { name: String!, lives: Int }
            type Mutation { add(n: Int!): Int! }
            """)
        .AddResolver("Query", "hello", c => new ValueTask<object?>("Hello " + c.GetArgument<string>("name")))
        .AddResolver("Query", "numbers", _ => new ValueTask<object?>(new[] { 1, 2, 3 }))
        .AddResolver("Query", "failing", _ => throw new InvalidOperationException("boom"))
        .AddResolver("Query", "failingNonNull", _ => new ValueTask<object?>((object?)null))
        .AddResolver("Query", "pets", _ => new ValueTask<object?>(new object?[]
        {
            new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex", ["barks"] = true },
            new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom", ["lives"] = 9 },
            null,
        }))
        .AddResolver("Query", "nested", _ => new ValueTask<object?>(new NestedValue(1, new NestedValue(2, null, null), "ok")))
        .AddResolver("Query", "dict", _ => new ValueTask<object?>(new Dictionary<string, object?> { ["value"] = 5, ["child"] = new Dictionary<string, object?> { ["value"] = 6 } }))
        .Build();

    private sealed record NestedValue(int Value, NestedValue? Child, string? Required);

    private static async Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        (await Executor.ExecuteAsync(new ExecutionRequest { Schema = s_schema, Query = query, Variables = variables })).ToJson();

    [Fact]
    public async Task Execute_SimpleQuery_UsesDefaultArgument()
    {
        Assert.Equal("""{"data":{"hello":"Hello world","other":"Hello Ana"}}""", await RunAsync("{ hello other: hello(name: \"Ana\") }"));
    }

    [Fact]
    public async Task Execute_Fragments_OnInterfaceWithTypename()
    {
        var json = await RunAsync("{ pets { __typename name ... on Dog { barks } ...C } } fragment C on Cat { lives }");

        Assert.Equal("""{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","lives":9},null]}}""", json);
    }

    [Fact]
    public async Task Execute_ResolverThrows_FieldIsNullWithLocatedError()
    {
        Assert.Equal(
            """{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["failing"]}],"data":{"failing":null,"hello":"Hello world"}}""",
            await RunAsync("{ failing hello }"));
    }

    [Fact]
    public async Task Execute_NonNullFieldReturnsNull_PropagatesToData()
    {
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.failingNonNull.","locations":[{"line":1,"column":9}],"path":["failingNonNull"]}],"data":null}""",
            await RunAsync("{ hello failingNonNull }"));
    }

    [Fact]
    public async Task Execute_NonNullNestedField_NullsNearestNullableParent()
    {
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Nested.required.","locations":[{"line":1,"column":43}],"path":["dict","required"]}],"data":{"nested":{"value":1,"child":{"value":2}},"dict":null}}""",
            await RunAsync("{ nested { value child { value } } dict { required } }"));
    }

    [Fact]
    public async Task Execute_ClrObjectsAndDictionaries_DefaultResolver()
    {
        Assert.Equal("""{"data":{"dict":{"value":5,"child":{"value":6,"child":null}}}}""", await RunAsync("{ dict { value child { value child { value } } } }"));
    }

    [Fact]
    public async Task Execute_Variables_CoercedAndReported()
    {
        Assert.Equal("""{"data":{"hello":"Hello Bo"}}""", await RunAsync("query Q($n: String) { hello(name: $n) }", new Dictionary<string, object?> { ["n"] = "Bo" }));
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$n\" has invalid value: String cannot represent a non string value: 3","locations":[{"line":1,"column":9}]}]}""",
            await RunAsync("query Q($n: String) { hello(name: $n) }", new Dictionary<string, object?> { ["n"] = 3 }));
    }

    [Fact]
    public async Task Execute_SyntaxError_NoDataKey()
    {
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":2}]}]}""", await RunAsync("{"));
    }

    [Fact]
    public async Task Execute_ValidationError_NoDataKey()
    {
        Assert.Equal(
            """{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""",
            await RunAsync("{ nope }"));
    }
}
