using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Execution;

/// <summary>Known documents with known costs (the formula is in CostAnalyzer's summary).</summary>
public sealed class CostAnalyzerTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query {
              shop(id: ID): Shop
              shops(first: Int = 5): ShopConnection
              products(limit: Int): [Product!]
              tags: [String!]
              count: Int
              search: [Result!]
            }
            type ShopConnection { totalCount: Int edges: [ShopEdge!]! }
            type ShopEdge { node: Shop! }
            type Shop { name: String products(first: Int): [Product!]! owner: Person }
            type Product { name: String price: Float }
            type Person { name: String }
            union Result = Shop | Product
            """)
        .AddResolver("Query", "count", _ => new ValueTask<object?>(3))
        .Build();

    private static readonly CostOptions s_options = new() { MaxCost = 1000, DefaultListSize = 10 };

    private static async Task<ExecutionResult> RunAsync(string query, string? variables = null, CostOptions? cost = null) =>
        await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = s_schema,
            Query = query,
            VariablesJson = variables is null ? null : JsonDocument.Parse(variables).RootElement,
            RootValue = new Dictionary<string, object?>(),
            Options = new ExecutionOptions { Cost = cost ?? s_options },
        });

    private static async Task<long> CostAsync(string query, string? variables = null, CostOptions? cost = null)
    {
        var result = await RunAsync(query, variables, cost);
        Assert.True(result.Errors is null, result.ToJson());
        var entry = (IReadOnlyDictionary<string, object?>)result.Extensions!["cost"]!;
        Assert.Equal((cost ?? s_options).MaxCost, entry["maximumAvailable"]);
        return (long)entry["requestedQueryCost"]!;
    }

    [Theory]
    [InlineData("{ __typename tags }", 0)] // leaves read by the default resolver, and __typename, are free
    [InlineData("{ count }", 1)] // a leaf with its own resolver
    [InlineData("{ shop { name owner { name } } }", 2)] // each object 1, scalars 0
    [InlineData("{ products(limit: 3) { name } }", 3)] // a list multiplies by its slicing argument
    [InlineData("{ products { name } }", 10)] // ... or by the default list size
    [InlineData("{ shops { totalCount edges { node { name products(first: 2) { name } } } } }", 21)] // 1 + 5 × (edge 1 + node 1 + 2 products)
    [InlineData("{ shops(first: 1) { edges { node { products { price } } } } }", 13)] // 1 + 1 × (1 + 1 + 10)
    [InlineData("{ a: shop { ...S } b: shop { ...S } } fragment S on Shop { owner { name } }", 4)] // aliases and fragments each time
    [InlineData("{ search { ... on Shop { owner { name } } ... on Product { name } } }", 20)] // 10 × (1 + owner 1): type conditions added
    [InlineData("{ __schema { types { name } } }", 11)] // introspection counts: 1 + 10 × 1
    [InlineData("{ __type(name: \"Shop\") { name fields { name args { name } } } }", 111)] // 1 + 10 × (1 + 10 × 1)
    public async Task Cost_OfKnownDocuments(string query, long expected) => Assert.Equal(expected, await CostAsync(query));

    [Fact]
    public async Task Cost_TakesSlicingArgumentsFromVariables_AndDefaultsWhenNull()
    {
        const string Query = "query Q($n: Int) { products(limit: $n) { name } shops(first: $n) { edges { node { name } } } }";

        Assert.Equal(7 + 1 + 7 * 2, await CostAsync(Query, """{"n": 7}"""));
        Assert.Equal(10 + 1 + 10 * 2, await CostAsync(Query, """{"n": null}"""));
        Assert.Equal(10 + 1 + 5 * 2, await CostAsync(Query)); // absent variable: the argument's default (first = 5) applies
    }

    [Theory]
    [InlineData("""{"skip": true}""", 3)]
    [InlineData("""{"skip": false}""", 5)]
    public async Task Cost_LeavesOutSkippedSelections(string variables, long expected) =>
        Assert.Equal(expected, await CostAsync(
            "query Q($skip: Boolean!) { shop @skip(if: $skip) { owner { name } } products(limit: 3) @include(if: true) { name } count @include(if: false) }",
            variables));

    [Fact]
    public async Task Cost_UsesTheSchemaOwnersHints()
    {
        var hinted = new CostOptions
        {
            MaxCost = 1000,
            Fields = new Dictionary<string, FieldCost> { ["Query.count"] = new(Weight: 25), ["Shop.products"] = new(ListSize: 4), ["__Type.fields"] = new(ListSize: 3) },
        };

        Assert.Equal(25, await CostAsync("{ count }", cost: hinted));
        Assert.Equal(1 + 4, await CostAsync("{ shop { products { name } } }", cost: hinted));
        Assert.Equal(1 + (3 * 11), await CostAsync("{ __type(name: \"Shop\") { fields { name args { name } } } }", cost: hinted));
    }

    [Fact]
    public async Task OverTheLimit_IsRefusedBeforeExecution_WithTheCostInExtensions()
    {
        var resolved = 0;
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { items(first: Int): [Item!]! } type Item { id: Int }")
            .AddResolver("Query", "items", _ =>
            {
                resolved++;
                return new ValueTask<object?>(Array.Empty<object>());
            })
            .Build();
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "{ items(first: 500) { id } }",
            Options = new ExecutionOptions { Cost = new CostOptions { MaxCost = 100 } },
        });

        Assert.Equal(0, resolved);
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.StartsWith("The query costs 500, more than the 100 allowed per request", error.Message, StringComparison.Ordinal);
        Assert.Equal("COST_LIMIT_EXCEEDED", error.Extensions!["code"]);
        Assert.Equal(
            """{"errors":[{"message":"The query costs 500, more than the 100 allowed per request: ask for fewer items (first), or nest fewer lists. Each object counts 1, a list multiplies what it holds by its first argument (default size 10).","extensions":{"code":"COST_LIMIT_EXCEEDED"}}],"extensions":{"cost":{"requestedQueryCost":500,"maximumAvailable":100}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task FragmentBombs_AreRefusedWithoutWalkingForever()
    {
        var fragments = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Shop {{ ...F{i + 1} ...F{i + 1} }}"));
        var result = await RunAsync("{ shop { ...F0 } } " + fragments + " fragment F30 on Shop { name }");

        Assert.StartsWith("The query is too complex to cost", Assert.Single(result.Errors!).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutCostOptions_ResponsesHaveNoExtensions()
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = s_schema, Query = "{ count }" });

        Assert.Null(result.Extensions);
        Assert.Equal("""{"data":{"count":3}}""", result.ToJson());
    }
}
