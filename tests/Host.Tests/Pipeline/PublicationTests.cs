using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8: publication is atomic under concurrent readers, bounded by its configured timeout, stopped cleanly by a
/// cancellation, and refused when a delivery turns invalid en masse.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PublicationTests(PostgresFixture postgres)
{
    // Each inserted mart row waits: the publication lasts long enough for readers and timeouts to meet it.
    private const string SlowInserts = """
        CREATE FUNCTION test_slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.03); RETURN NEW; END $$;
        CREATE TRIGGER slow BEFORE INSERT ON marts.structures FOR EACH ROW EXECUTE FUNCTION test_slow();
        """;

    [Fact]
    public async Task ConcurrentReaders_SeeTheOldSetOrTheNewOne_NeverAMixOrNothing()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(60, "old");
        await harness.RunAsync();
        await harness.ExecuteAsync(SlowInserts);
        harness.Connector.StructuresJson = RunnerHarness.Structures(60, "new");

        var observed = new List<(long Count, long Runs, long Old)>();
        using var stop = new CancellationTokenSource();
        var readers = Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(harness.Db);
            await connection.OpenAsync();
            while (!stop.IsCancellationRequested)
            {
                // One statement, one snapshot: the three counts describe the same state of the mart.
                await using var command = new NpgsqlCommand("""
                    SELECT count(*), count(DISTINCT run_id), count(*) FILTER (WHERE id LIKE 'test-feed--old%') FROM marts.structures
                    """, connection);
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                observed.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
            }
        });
        var result = await harness.RunAsync();
        await Task.Delay(200);
        await stop.CancelAsync();
        await readers;

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.True(observed.Count(o => o.Old == 60) > 10, $"the readers must have met the publication ({observed.Count} reads)");
        Assert.Contains(observed, o => o.Old == 0);
        Assert.All(observed, o => Assert.True(o is (60, 1, 60) or (60, 1, 0), $"a reader saw {o}"));
    }

    [Fact]
    public async Task PublicationLongerThanItsTimeout_FailsCleanly_PreviousPublicationKept()
    {
        var harness = await RunnerHarness.CreateAsync(postgres, new PipelineOptions { PublishTimeout = TimeSpan.FromSeconds(1) });
        harness.Connector.StructuresJson = RunnerHarness.Structures(3, "old");
        await harness.RunAsync();
        await harness.ExecuteAsync(SlowInserts);
        harness.Connector.StructuresJson = RunnerHarness.Structures(200, "new");

        var result = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Contains("Pipeline__PublishTimeout", result.Message, StringComparison.Ordinal);
        await AssertOldPublicationKeptAsync(harness);
    }

    [Fact]
    public async Task CancellationDuringPublication_RunFailed_PreviousPublicationKept()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(3, "old");
        await harness.RunAsync();
        await harness.ExecuteAsync(SlowInserts);
        harness.Connector.StructuresJson = RunnerHarness.Structures(200, "new");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));

        var result = await harness.RunAsync(cancellation.Token);

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Equal("cancelled", result.Message);
        await AssertOldPublicationKeptAsync(harness);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM ops.runs WHERE status = 'running'"));
    }

    [Fact]
    public async Task DeliveryTurnedInvalidEnMasse_IsNotPublished_UnlessTheShareIsAllowed()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(3, "old");
        await harness.RunAsync();

        // The producer now sends an object where a list is expected, for two records of three.
        var changedShape = RunnerHarness.Structures(3, "new")
            .Replace("\"Structure new 1\",", "\"Structure new 1\", \"reseaux_porteurs\": {\"nom\": \"France Travail\"},", StringComparison.Ordinal)
            .Replace("\"Structure new 2\",", "\"Structure new 2\", \"reseaux_porteurs\": {\"nom\": \"France Travail\"},", StringComparison.Ordinal);
        harness.Connector.StructuresJson = changedShape;
        var refused = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Failed, refused.Status);
        Assert.Contains("Pipeline__MaxInvalidShare", refused.Message, StringComparison.Ordinal);
        Assert.Equal((3, 1, 2), (refused.Counts.Fetched, refused.Counts.Valid, refused.Counts.Invalid));
        await AssertOldPublicationKeptAsync(harness);

        var tolerant = await RunnerHarness.CreateAsync(postgres, new PipelineOptions { MaxInvalidShare = 0.9 });
        tolerant.Connector.StructuresJson = RunnerHarness.Structures(3, "old");
        await tolerant.RunAsync();
        tolerant.Connector.StructuresJson = changedShape;
        Assert.Equal(SourceRunStatus.Succeeded, (await tolerant.RunAsync()).Status);
    }

    private static async Task AssertOldPublicationKeptAsync(RunnerHarness harness) =>
        Assert.Equal(["test-feed--old1", "test-feed--old2", "test-feed--old3"], await Sql.ColumnAsync(harness.Db, "SELECT id FROM marts.structures ORDER BY id"));
}
