using System.Collections.Concurrent;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Execution;

public sealed class AsyncExecutionTests
{
    [Fact]
    public async Task Query_SiblingResolvers_RunConcurrently()
    {
        var gate = new TaskCompletionSource();
        var started = 0;
        async ValueTask<object?> Wait(ResolveContext context)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                gate.SetResult();
            }

            await gate.Task;
            return context.FieldName;
        }

        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: String b: String }")
            .AddResolver("Query", "a", Wait).AddResolver("Query", "b", Wait).Build();

        // Each resolver waits for the other to start: this completes only if both run at the same time.
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ a b }" }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", result.ToJson());
    }

    [Fact]
    public async Task Mutation_RootFields_RunSeriallyInOrder()
    {
        var log = new ConcurrentQueue<string>();
        async ValueTask<object?> Step(ResolveContext context)
        {
            var n = context.GetArgument<int>("n");
            log.Enqueue("start " + n);
            await Task.Delay(n == 1 ? 30 : 1);
            log.Enqueue("end " + n);
            return n;
        }

        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { a: Int } type Mutation { step(n: Int!): Int }")
            .AddResolver("Mutation", "step", Step).Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "mutation { one: step(n: 1) two: step(n: 2) }" });

        Assert.Equal("""{"data":{"one":1,"two":2}}""", result.ToJson());
        Assert.Equal(["start 1", "end 1", "start 2", "end 2"], log);
    }

    [Fact]
    public async Task Loader_KeysOfOneLevel_AreBatchedInOneCall()
    {
        var batches = new ConcurrentQueue<string>();
        Task<IReadOnlyDictionary<int, string>> LoadOwners(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            batches.Enqueue(string.Join(",", keys));
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "owner" + k));
        }

        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { pets: [Pet] } type Pet { id: Int owner: Owner } type Owner { name: String friend: Owner }")
            .AddResolver("Query", "pets", _ => new ValueTask<object?>(Enumerable.Range(1, 5).Select(i => new Dictionary<string, object?> { ["id"] = i % 3 }).ToList()))
            .AddResolver("Pet", "owner", async c =>
            {
                var name = await c.Loader<int, string>("owners", LoadOwners).LoadAsync((int)((IDictionary<string, object?>)c.Source!)["id"]!);
                return new Dictionary<string, object?> { ["name"] = name, ["id"] = 10 };
            })
            .AddResolver("Owner", "friend", async c =>
            {
                var name = await c.Loader<int, string>("owners", LoadOwners).LoadAsync(7);
                return new Dictionary<string, object?> { ["name"] = name };
            })
            .Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ pets { id owner { name friend { name } } } }" });

        Assert.Null(result.Errors);
        Assert.Equal(["1,2,0", "7"], batches);
        Assert.Contains("\"owner\":{\"name\":\"owner1\",\"friend\":{\"name\":\"owner7\"}}", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_EndsExecutionWithAnError()
    {
        var time = new ManualTimeProvider();
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { slow: String }")
            .AddResolver("Query", "slow", async c =>
            {
                time.Advance(TimeSpan.FromSeconds(5));
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return "never";
            })
            .Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = "{ slow }",
            Options = new ExecutionOptions { Timeout = TimeSpan.FromSeconds(1), TimeProvider = time },
        }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Contains(result.Errors!, e => e.Message == "Execution timed out after 1000 ms.");
    }

    [Fact]
    public async Task Cancellation_ByCaller_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { slow: String }")
            .AddResolver("Query", "slow", async c =>
            {
                await cancellation.CancelAsync();
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return "never";
            })
            .Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ slow }" }, cancellation.Token));
    }

    [Fact]
    public async Task AsyncResolverError_IsReportedWithPath()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { items: [Item!] } type Item { value: Int! }")
            .AddResolver("Query", "items", _ => new ValueTask<object?>(new[] { 1, 2 }))
            .AddResolver("Item", "value", async c =>
            {
                await Task.Yield();
                return (int)c.Source! == 2 ? throw new GraphQLException("bad item") : c.Source;
            })
            .Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ items { value } }" });

        Assert.Equal("""{"errors":[{"message":"bad item","locations":[{"line":1,"column":11}],"path":["items",1,"value"]}],"data":{"items":null}}""", result.ToJson());
    }

    private sealed class ManualTimeProvider : TimeProvider
    {
        private readonly List<(DateTimeOffset Due, TimerCallback Callback, object? State)> _timers = [];
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by)
        {
            _now += by;
            foreach (var timer in _timers.Where(t => t.Due <= _now).ToList())
            {
                timer.Callback(timer.State);
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                _timers.Add((_now + dueTime, callback, state));
            }

            return new NoopTimer();
        }

        private sealed class NoopTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
