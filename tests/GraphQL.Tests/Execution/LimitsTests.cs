using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Execution;

public sealed class LimitsTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions("type Query { node: Node } type Node { id: Int child: Node }")
        .Build();

    private static Task<ExecutionResult> RunAsync(string query, ExecutionOptions options) =>
        Executor.ExecuteAsync(new ExecutionRequest { Schema = s_schema, Query = query, Options = options });

    [Fact]
    public async Task MaxDepth_CountsThroughFragments()
    {
        var result = await RunAsync("query Deep { node { child { ...F } } } fragment F on Node { child { id } }", new ExecutionOptions { MaxDepth = 3 });

        Assert.False(result.HasData);
        Assert.Equal("Operation \"Deep\" has a depth of 4, which exceeds the maximum allowed depth of 3.", Assert.Single(result.Errors!).Message);
        Assert.True((await RunAsync("{ node { child { id } } }", new ExecutionOptions { MaxDepth = 3 })).HasData);
    }

    [Fact]
    public async Task MaxFieldCount_CountsAliasesAndRepeatedFragments()
    {
        var result = await RunAsync("{ a: node { ...F } b: node { ...F } } fragment F on Node { id x: id }", new ExecutionOptions { MaxFieldCount = 5 });

        Assert.Equal("The operation selects 6 fields, which exceeds the maximum allowed of 5.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task MaxTokens_RefusesLongDocuments()
    {
        var result = await RunAsync("{ node { id } }", new ExecutionOptions { MaxTokens = 5 });

        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Introspection_CanBeSwitchedOff_TypenameStays()
    {
        var options = new ExecutionOptions { IntrospectionEnabled = false };

        var refused = await RunAsync("{ __schema { queryType { name } } }", options);
        var allowed = await RunAsync("{ __typename }", options);

        Assert.Equal(
            "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".",
            Assert.Single(refused.Errors!).Message);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", allowed.ToJson());
    }

    [Fact]
    public async Task MaxValidationErrors_StopsValidation()
    {
        var result = await RunAsync("{ a b c d }", new ExecutionOptions { MaxValidationErrors = 2 });

        Assert.Equal(3, result.Errors!.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", result.Errors[2].Message);
    }
}
