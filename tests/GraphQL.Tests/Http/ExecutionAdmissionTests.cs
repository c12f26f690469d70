using System.Collections.Concurrent;
using System.Text;
using DataInclusion.GraphQL.Http;
using DataInclusion.GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.GraphQL.Tests.Http;

/// <summary>
/// <see cref="GraphQLHttpOptions.MaxConcurrentExecutions"/>: beyond the bound, a request waits for a running one to
/// end before its resolvers run; a response cache hit does not wait.
/// </summary>
public sealed class ExecutionAdmissionTests : IDisposable
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _selected = new(0);
    private int _running;
    private int _entered;
    private int _mostAtOnce;

    public void Dispose() => _selected.Dispose();

    [Fact]
    public async Task SecondRequest_WaitsForTheFirst_WhenOneExecutionIsAllowed()
    {
        await using var server = await TestServer.StartAsync(Schema(), options =>
        {
            options.MaxConcurrentExecutions = 1;
            options.OperationSelected = (_, _) => _selected.Release();
        });

        var first = PostAsync(server, """{"query":"{ slow }"}""");
        var second = PostAsync(server, """{"query":"{ slow }"}""");
        await _selected.WaitAsync(TimeSpan.FromSeconds(30));
        await _selected.WaitAsync(TimeSpan.FromSeconds(30));

        // Both requests are parsed and past the cache; without the bound the second enters its resolver at once.
        Assert.False(SpinWait.SpinUntil(() => Volatile.Read(ref _entered) > 1, TimeSpan.FromSeconds(1)));
        _release.SetResult();
        Assert.All(await Task.WhenAll(first, second), body => Assert.Equal("""{"data":{"slow":1}}""", body));
        Assert.Equal(2, _entered);
        Assert.Equal(1, _mostAtOnce);
    }

    [Fact]
    public async Task WithoutABound_RequestsRunTogether()
    {
        await using var server = await TestServer.StartAsync(Schema());

        var first = PostAsync(server, """{"query":"{ slow }"}""");
        var second = PostAsync(server, """{"query":"{ slow }"}""");

        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref _entered) == 2, TimeSpan.FromSeconds(30)));
        _release.SetResult();
        await Task.WhenAll(first, second);
        Assert.Equal(2, _mostAtOnce);
    }

    [Fact]
    public async Task CachedResponse_IsAnswered_WhileTheOnlySlotIsTaken()
    {
        var store = new Store();
        await using var server = await TestServer.StartAsync(Schema(), options =>
        {
            options.MaxConcurrentExecutions = 1;
            options.ResponseCache = store;
        });
        var cached = await PostAsync(server, """{"query":"{ quick }"}""");

        var slow = PostAsync(server, """{"query":"{ slow }"}""");
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref _entered) == 1, TimeSpan.FromSeconds(30)));
        var again = await PostAsync(server, """{"query":"{ quick }"}""").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(cached, again);
        _release.SetResult();
        await slow;
    }

    private Schema Schema() => new SchemaBuilder()
        .AddTypeDefinitions("type Query { slow: Int quick: Int }")
        .AddResolver("Query", "slow", async _ =>
        {
            Interlocked.Increment(ref _entered);
            var now = Interlocked.Increment(ref _running);
            InterlockedMax(ref _mostAtOnce, now);
            await _release.Task;
            Interlocked.Decrement(ref _running);
            return 1;
        })
        .AddResolver("Query", "quick", _ => new ValueTask<object?>(2))
        .Build();

    private static void InterlockedMax(ref int location, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref location)) < value && Interlocked.CompareExchange(ref location, value, seen) != seen)
        {
        }
    }

    private static async Task<string> PostAsync(TestServer server, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return await response.Content.ReadAsStringAsync();
    }

    private sealed class Store : IGraphQLResponseCache
    {
        private readonly ConcurrentDictionary<string, byte[]> _entries = new();

        public string? Partition(HttpContext context) => "anonymous";

        public byte[]? Get(string key, out long version)
        {
            version = 0;
            return _entries.GetValueOrDefault(key);
        }

        public void Add(string key, byte[] body, long version) => _entries[key] = body;
    }
}
