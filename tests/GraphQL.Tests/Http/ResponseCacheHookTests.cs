using System.Collections.Concurrent;
using System.Text;
using DataInclusion.GraphQL.Http;
using DataInclusion.GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.GraphQL.Tests.Http;

/// <summary>
/// The endpoint's response cache hook: identical query requests are answered from the store without executing;
/// mutations, errors, other variables and other partitions are not.
/// </summary>
public sealed class ResponseCacheHookTests
{
    private int _executions;

    [Fact]
    public async Task IdenticalQuery_IsExecutedOnce_ThenAnsweredFromTheStore()
    {
        var store = new Store();
        await using var server = await TestServer.StartAsync(Schema(), options => options.ResponseCache = store);

        var first = await PostAsync(server, """{"query":"query($n: Int) { count(n: $n) }","variables":{"n":1}}""");
        var second = await PostAsync(server, """{"query":"query($n: Int) { count(n: $n) }","variables":{"n":1}}""");
        var otherVariables = await PostAsync(server, """{"query":"query($n: Int) { count(n: $n) }","variables":{"n":2}}""");

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherVariables);
        Assert.Equal(2, _executions);
        Assert.Equal(2, store.Entries.Count);
    }

    [Fact]
    public async Task OtherPartition_IsExecutedAgain()
    {
        var store = new Store();
        await using var server = await TestServer.StartAsync(Schema(), options => options.ResponseCache = store);

        await PostAsync(server, """{"query":"{ count(n: 1) }"}""");
        store.PartitionName = "another caller";
        await PostAsync(server, """{"query":"{ count(n: 1) }"}""");

        Assert.Equal(2, _executions);
    }

    [Fact]
    public async Task MutationsAndErrors_AreNeverStored()
    {
        var store = new Store();
        await using var server = await TestServer.StartAsync(Schema(), options => options.ResponseCache = store);

        await PostAsync(server, """{"query":"mutation { bump }"}""");
        await PostAsync(server, """{"query":"mutation { bump }"}""");
        await PostAsync(server, """{"query":"{ fail }"}""");

        Assert.Equal(2, _executions);
        Assert.Empty(store.Entries);
    }

    private Schema Schema() => new SchemaBuilder()
        .AddTypeDefinitions("type Query { count(n: Int): Int fail: Int } type Mutation { bump: Int }")
        .AddResolver("Query", "count", context => new ValueTask<object?>(Interlocked.Increment(ref _executions) * 100 + context.GetArgument<int?>("n")))
        .AddResolver("Query", "fail", _ => throw new GraphQLException("no"))
        .AddResolver("Mutation", "bump", _ => new ValueTask<object?>(Interlocked.Increment(ref _executions)))
        .Build();

    private static async Task<string> PostAsync(TestServer server, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return await response.Content.ReadAsStringAsync();
    }

    private sealed class Store : IGraphQLResponseCache
    {
        public ConcurrentDictionary<string, byte[]> Entries { get; } = new();

        public string PartitionName { get; set; } = "anonymous";

        public string? Partition(HttpContext context) => PartitionName;

        public byte[]? Get(string key, out long version)
        {
            version = 0;
            return Entries.GetValueOrDefault(key);
        }

        public void Add(string key, byte[] body, long version) => Entries[key] = body;
    }
}
