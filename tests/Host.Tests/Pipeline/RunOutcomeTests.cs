using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8: a run's recorded outcome tells the truth about the marts. Publication and its run status commit together;
/// pruning comes after and cannot turn a published run into a failed one. Each step is made to fail by a trigger.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RunOutcomeTests(PostgresFixture postgres)
{
    [Fact]
    public async Task PublicationFailingMidway_RunFailed_PreviousMartsIntact()
    {
        var harness = await PublishedOnceAsync();
        await harness.ExecuteAsync("""
            CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused row %', NEW.id; END $$;
            CREATE TRIGGER refuse BEFORE INSERT ON marts.structures FOR EACH ROW WHEN (NEW.id = 'test-feed--new3') EXECUTE FUNCTION test_refuse();
            """);
        harness.Connector.StructuresJson = RunnerHarness.Structures(5, "new");

        var result = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Contains("refused row", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Counts.Published);
        Assert.Equal(["test-feed--old1", "test-feed--old2", "test-feed--old3"], await Sql.ColumnAsync(harness.Db, "SELECT id FROM marts.structures ORDER BY id"));
        Assert.Equal(["failed", "succeeded"], await Sql.ColumnAsync(harness.Db, "SELECT status FROM ops.runs ORDER BY started_at DESC"));
    }

    [Fact]
    public async Task StatusUpdateFailing_NothingPublished()
    {
        var harness = await PublishedOnceAsync();
        await harness.ExecuteAsync("""
            CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'status update refused'; END $$;
            CREATE TRIGGER refuse BEFORE UPDATE ON ops.runs FOR EACH ROW WHEN (NEW.status = 'succeeded') EXECUTE FUNCTION test_refuse();
            """);
        harness.Connector.StructuresJson = RunnerHarness.Structures(5, "new");

        var result = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Contains("status update refused", result.Message, StringComparison.Ordinal);
        Assert.Equal(3L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.structures WHERE id LIKE 'test-feed--old%'"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.structures WHERE id LIKE 'test-feed--new%'"));
        Assert.Equal(["failed", "succeeded"], await Sql.ColumnAsync(harness.Db, "SELECT status FROM ops.runs ORDER BY started_at DESC"));
    }

    [Fact]
    public async Task PruningFailing_RunStaysSucceeded()
    {
        var harness = await PublishedOnceAsync(rawRuns: 1);
        await harness.ExecuteAsync("""
            CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'prune refused'; END $$;
            CREATE TRIGGER refuse BEFORE DELETE ON raw.payloads FOR EACH ROW EXECUTE FUNCTION test_refuse();
            """);
        harness.Connector.StructuresJson = RunnerHarness.Structures(5, "new");

        var result = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(5, result.Counts.Published);
        Assert.Equal(5L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.structures WHERE id LIKE 'test-feed--new%'"));
        Assert.Equal(["succeeded", "succeeded"], await Sql.ColumnAsync(harness.Db, "SELECT status FROM ops.runs ORDER BY started_at DESC"));
        Assert.Equal(5, await Sql.ScalarAsync<int>(harness.Db, "SELECT published FROM ops.runs ORDER BY started_at DESC LIMIT 1"));
    }

    private async Task<RunnerHarness> PublishedOnceAsync(int rawRuns = 5)
    {
        var harness = await RunnerHarness.CreateAsync(postgres, rawRuns: rawRuns);
        harness.Connector.StructuresJson = RunnerHarness.Structures(3, "old");
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        return harness;
    }
}
