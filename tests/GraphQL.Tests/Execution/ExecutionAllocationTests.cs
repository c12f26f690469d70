using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Execution;

/// <summary>
/// The execution's allocation cuts (issue 12 §1): response paths made only when something reads them, sub-selection
/// plans kept on their field. Paths must still be whole wherever an error or a resolver needs one.
/// </summary>
public sealed class ExecutionAllocationTests
{
    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query { items: [Item] pets: [Pet] }
            type Item { name: String! where: String tags: [String!] }
            interface Pet { name: String }
            type Dog implements Pet { name: String barks: Boolean }
            type Cat implements Pet { name: String lives: Int }
            """)
        .AddResolver("Item", "where", c => new ValueTask<object?>(string.Join("/", c.Path)))
        .Build();

    private static readonly Dictionary<string, object?> s_root = new()
    {
        ["items"] = new List<object?>
        {
            new Dictionary<string, object?> { ["name"] = "a", ["tags"] = new List<object?> { "x" } },
            new Dictionary<string, object?> { ["tags"] = new List<object?> { "y", null } },
        },
        ["pets"] = new List<object?>
        {
            new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex", ["barks"] = true },
            new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom", ["lives"] = 9 },
            new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Max", ["barks"] = false },
        },
    };

    private static Task<ExecutionResult> RunAsync(PreparedDocument prepared) =>
        Executor.ExecuteAsync(new ExecutionRequest { Schema = s_schema, Prepared = prepared, RootValue = s_root });

    [Fact]
    public async Task Errors_AndResolvers_SeeTheWholePath_OfPositionsMadeLazily()
    {
        var result = await RunAsync(PreparedDocument.Prepare(s_schema, "{ items { where tags name } }"));

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Item.tags.","locations":[{"line":1,"column":17}],"path":["items",1,"tags",1]},{"message":"Cannot return null for non-nullable field Item.name.","locations":[{"line":1,"column":22}],"path":["items",1,"name"]}],"data":{"items":[{"where":"items/0/where","tags":["x"],"name":"a"},null]}}""",
            result.ToJson());
    }

    [Fact]
    public async Task AnAbstractField_KeepsOnePlanPerRuntimeType()
    {
        var result = await RunAsync(PreparedDocument.Prepare(s_schema, "{ pets { name ... on Dog { barks } ... on Cat { lives } } }"));

        Assert.Equal(
            """{"data":{"pets":[{"name":"Rex","barks":true},{"name":"Tom","lives":9},{"name":"Max","barks":false}]}}""",
            result.ToJson());
    }

    [Fact]
    public async Task ARepeatedPreparedQuery_OnAWarmThread_AllocatesLittleMoreThanItsResult()
    {
        var prepared = PreparedDocument.Prepare(s_schema, "{ pets { name ... on Dog { barks } ... on Cat { lives } } }");
        for (var i = 0; i < 3; i++)
        {
            await RunAsync(prepared);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = RunAsync(prepared);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsCompletedSuccessfully);
        Assert.InRange(allocated, 0, 3_000);
    }
}
