using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Execution;

/// <summary>
/// Issue 4: a loader must issue one batch per level even when the level's resolvers resume on thread-pool threads
/// after real asynchronous I/O, and many executions run at once.
/// </summary>
public sealed class DataLoaderBatchingTests
{
    private const int Parents = 100;
    private const int Executions = 50;
    private const int Rounds = 4;
    private const string Query = "{ parents { id child { id grand { id } } } }";

    [Fact]
    public async Task RootAwaitsDelay_ManyConcurrentExecutions_OneBatchPerLoaderPerLevel()
    {
        var schema = BuildSchema(async () => await Task.Delay(1));

        var counters = await RunConcurrentlyAsync(schema, Query);

        AssertBatches(counters, expected: 1);
    }

    [Fact]
    public async Task RootAwaitsThreadPoolIo_ManyConcurrentExecutions_OneBatchPerLoaderPerLevel()
    {
        // A Task.Run-completed "query": the continuation resumes on whichever pool thread finished it.
        var schema = BuildSchema(() => Task.Run(() => Thread.SpinWait(1_000)));

        var counters = await RunConcurrentlyAsync(schema, Query);

        AssertBatches(counters, expected: 1);
    }

    [Fact]
    public async Task MutationRootFields_ManyConcurrentExecutions_OneBatchPerLoaderPerLevel()
    {
        // Each mutation field is driven on its own while the operation's driver also waits. The second field's keys are
        // the first's, served from the request's cache: one batch per level in all.
        var schema = BuildSchema(async () => await Task.Delay(1));

        var counters = await RunConcurrentlyAsync(schema, "mutation { a: parents { id child { id grand { id } } } b: parents { id child { id grand { id } } } }");

        AssertBatches(counters, expected: 1);
    }

    [Fact]
    public async Task BatchFailure_FailsEveryKeyOfTheBatch_AsFieldErrors()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Query { items: [Item] } type Item { name: String }")
            .AddResolver("Query", "items", async _ =>
            {
                await Task.Delay(1);
                return (object?)Enumerable.Range(1, 3).ToList();
            })
            .AddResolver("Item", "name", async c => await c.Loader<int, string>("names", static (_, _) =>
                throw new InvalidOperationException("database down")).LoadAsync((int)c.Source!))
            .Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ items { name } }" });

        Assert.Equal(3, result.Errors!.Count);
        Assert.All(result.Errors, e => Assert.Equal("database down", e.Message));
    }

    private static Schema BuildSchema(Func<Task> rootIo) =>
        new SchemaBuilder()
            .AddTypeDefinitions("type Query { parents: [Parent] } type Mutation { parents: [Parent] } type Parent { id: Int child: Child } type Child { id: Int grand: Grand } type Grand { id: Int }")
            .AddResolver("Query", "parents", async _ => await ParentsAsync(rootIo))
            .AddResolver("Mutation", "parents", async _ => await ParentsAsync(rootIo))
            .AddResolver("Parent", "child", async c =>
            {
                var counters = (Counters)c.UserContext!;
                var loader = c.Loader<int, Node>("children", (keys, ct) => LoadAsync(keys, 1_000, () => Interlocked.Increment(ref counters.Children), ct));
                return await loader.LoadAsync(((Node)c.Source!).Id);
            })
            .AddResolver("Child", "grand", async c =>
            {
                var counters = (Counters)c.UserContext!;
                var loader = c.Loader<int, Node>("grands", (keys, ct) => LoadAsync(keys, 1_000, () => Interlocked.Increment(ref counters.Grands), ct));
                return await loader.LoadAsync(((Node)c.Source!).Id);
            })
            .Build();

    private static async Task<object?> ParentsAsync(Func<Task> rootIo)
    {
        await rootIo();
        return Enumerable.Range(0, Parents).Select(i => new Node(i)).ToList();
    }

    private static async Task<IReadOnlyDictionary<int, Node>> LoadAsync(IReadOnlyList<int> keys, int offset, Action count, CancellationToken cancellationToken)
    {
        count();

        // A real query: the results arrive on a pool thread.
        await Task.Delay(1, cancellationToken);
        return keys.ToDictionary(k => k, k => new Node(k + offset));
    }

    private static async Task<Counters[]> RunConcurrentlyAsync(Schema schema, string query)
    {
        using var stop = new CancellationTokenSource();

        // Pool pressure: busy work items compete with the resolvers' continuations for the pool threads.
        var pressure = Enumerable.Range(0, Environment.ProcessorCount * 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Thread.SpinWait(200);
            }
        })).ToArray();
        try
        {
            var all = new List<Counters>();
            for (var round = 0; round < Rounds; round++)
            {
                var counters = Enumerable.Range(0, Executions).Select(_ => new Counters()).ToArray();
                var results = await Task.WhenAll(counters.Select(c => Task.Run(() =>
                    Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = query, UserContext = c }))));
                foreach (var result in results)
                {
                    Assert.Null(result.Errors);
                    Assert.Contains("\"grand\":{\"id\":2099}", result.ToJson(), StringComparison.Ordinal);
                }

                all.AddRange(counters);
            }

            return [.. all];
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(pressure);
        }
    }

    private static void AssertBatches(Counters[] counters, int expected)
    {
        var split = counters.Count(c => c.Children != expected || c.Grands != expected);
        Assert.True(split == 0, $"{split} of {counters.Length} executions split a level: children batches "
            + string.Join(",", counters.Select(c => c.Children)) + "; grand-children batches " + string.Join(",", counters.Select(c => c.Grands)));
    }

    private sealed record Node(int Id);

    private sealed class Counters
    {
#pragma warning disable CA1051 // Counted with Interlocked by reference.
        public int Children;
        public int Grands;
#pragma warning restore CA1051
    }
}
