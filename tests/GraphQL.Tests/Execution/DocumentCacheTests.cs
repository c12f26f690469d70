using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Execution;

public sealed class DocumentCacheTests
{
    private static readonly Schema s_schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int b: Int }").Build();

    [Fact]
    public async Task RepeatedQuery_IsParsedOnce_AndExecutesFromTheCachedDocument()
    {
        var cache = new DocumentCache(s_schema, new ExecutionOptions(), capacity: 10);

        var first = cache.Get("{ a }");
        var second = cache.Get("{ a }");

        Assert.Same(first, second);
        Assert.Equal(1, cache.Misses);
        Assert.Equal(1, cache.Hits);
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = s_schema,
            Prepared = second,
            RootValue = new Dictionary<string, object?> { ["a"] = 1 },
        });
        Assert.Equal("""{"data":{"a":1}}""", result.ToJson());
    }

    [Theory]
    [InlineData("{ nope }", "Cannot query field \"nope\" on type \"Query\".")]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.")]
    public async Task InvalidDocument_StaysInvalid_WhenServedFromTheCache(string query, string message)
    {
        var cache = new DocumentCache(s_schema, new ExecutionOptions(), capacity: 10);

        foreach (var _ in Enumerable.Range(0, 3))
        {
            var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = s_schema, Prepared = cache.Get(query) });
            Assert.False(result.HasData);
            Assert.Equal(message, Assert.Single(result.Errors!).Message);
        }

        Assert.Equal(1, cache.Misses);
        Assert.Equal(2, cache.Hits);
    }

    [Fact]
    public void BeyondCapacity_TheLeastRecentlyUsedDocumentIsEvicted()
    {
        var cache = new DocumentCache(s_schema, new ExecutionOptions(), capacity: 2);
        var a = cache.Get("{ a }");
        cache.Get("{ b }");
        cache.Get("{ a }"); // a is now the most recent: b goes when a third document comes
        cache.Get("{ a b }");

        Assert.Equal(2, cache.Count);
        Assert.Same(a, cache.Get("{ a }"));
        cache.Get("{ b }");
        Assert.Equal(4, cache.Misses);
    }

    [Fact]
    public async Task ConcurrentRequests_ShareOneCache()
    {
        var cache = new DocumentCache(s_schema, new ExecutionOptions(), capacity: 4);
        var queries = new[] { "{ a }", "{ b }", "{ a b }", "{ b a }", "{ nope }", "{ a a: a }" };

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var query = queries[(i + worker) % queries.Length];
                var prepared = cache.Get(query);
                Assert.Equal(query != "{ nope }", prepared.IsValid);
            }
        })));

        Assert.Equal(16_000, cache.Hits + cache.Misses);
        Assert.Equal(4, cache.Count);
    }

    [Fact]
    public async Task PreparedDocument_ForAnotherSchema_IsRefused()
    {
        var other = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int }").Build();
        var prepared = PreparedDocument.Prepare(other, "{ a }");

        await Assert.ThrowsAsync<ArgumentException>(() => Executor.ExecuteAsync(new ExecutionRequest { Schema = s_schema, Prepared = prepared }));
    }
}
