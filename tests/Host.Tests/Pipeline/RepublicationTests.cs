using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8, daily republication: only the mart rows of records that changed, left or arrived are written; an unchanged
/// record keeps its very row (same xmin, same ctid), and the publication still counts every valid row as published.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RepublicationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task IdenticalRepublication_WritesNoMartRow_AndPublishesAsManyRows()
    {
        var harness = await HarnessAsync(RunnerHarness.Structures(5), RunnerHarness.ServicesOf(5));
        var first = await harness.RunAsync();
        var before = await RowsAsync(harness.Db);

        var second = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, second.Status);
        Assert.Equal(15, first.Counts.Published);
        Assert.Equal(15, second.Counts.Published);
        Assert.Equal(15, before.Count);
        Assert.Equal(before, await RowsAsync(harness.Db));
        Assert.Equal(0, await WrittenByAsync(harness.Db, second.RunId!.Value));
    }

    [Fact]
    public async Task OneChangedOneRemovedOneNewRecord_AreExactlyTheRowsWritten()
    {
        var harness = await HarnessAsync(RunnerHarness.Structures(5), RunnerHarness.ServicesOf(5));
        await harness.RunAsync();
        var before = await RowsAsync(harness.Db);

        // s2 renamed, s5 and its two services gone, s6 new (without services).
        harness.Connector.StructuresJson = RunnerHarness.Structures(6)
            .Replace("\"Structure s 2\"", "\"Structure s 2 bis\"", StringComparison.Ordinal)
            .Replace("{\"id\": \"s5\", \"nom\": \"Structure s 5\", \"date_maj\": \"2025-03-01\", \"code_insee\": \"44109\"},", string.Empty, StringComparison.Ordinal);
        harness.Connector.ServicesJson = RunnerHarness.ServicesOf(4);
        var run = await harness.RunAsync();

        Assert.Equal(SourceRunStatus.Succeeded, run.Status);
        Assert.Equal(13, run.Counts.Published);
        var after = await RowsAsync(harness.Db);
        Assert.Equal(["test-feed--s2", "test-feed--s6"], await Sql.ColumnAsync(harness.Db, Written(run.RunId!.Value)));
        // Every other row of the source is the one the first publication wrote, run_id included.
        var kept = before.Where(r => !r.StartsWith("test-feed--s2|", StringComparison.Ordinal) && !r.StartsWith("test-feed--s5|", StringComparison.Ordinal)
            && !r.StartsWith("test-feed--v5-", StringComparison.Ordinal)).ToList();
        Assert.Equal(11, kept.Count);
        Assert.Equal(kept, after.Where(r => !r.StartsWith("test-feed--s2|", StringComparison.Ordinal) && !r.StartsWith("test-feed--s6|", StringComparison.Ordinal)));
        Assert.Empty(await Sql.ColumnAsync(harness.Db, "SELECT id FROM marts.structures WHERE id = 'test-feed--s5' UNION ALL SELECT id FROM marts.services WHERE structure_id = 'test-feed--s5'"));
        Assert.Equal("Structure s 2 bis", await Sql.ScalarAsync<string>(harness.Db, "SELECT nom FROM marts.structures WHERE id = 'test-feed--s2'"));
        Assert.Equal(3, await Sql.ScalarAsync<long>(harness.Db, $"SELECT count(*) FROM marts.structures WHERE search_vector IS NOT NULL AND run_id <> '{run.RunId}'"));
    }

    [Fact]
    public async Task RecordChangedThenChangedBack_IsWrittenEachTime_AndTheOthersNever()
    {
        var original = RunnerHarness.Structures(4);
        var harness = await HarnessAsync(original, RunnerHarness.ServicesOf(4));
        await harness.RunAsync();
        var before = await RowsAsync(harness.Db);
        var vector = await VectorAsync(harness.Db);

        harness.Connector.StructuresJson = original.Replace("\"Structure s 3\"", "\"Structure s 3 renommée\"", StringComparison.Ordinal);
        var changed = await harness.RunAsync();
        Assert.Equal(["test-feed--s3"], await Sql.ColumnAsync(harness.Db, Written(changed.RunId!.Value)));
        Assert.NotEqual(vector, await VectorAsync(harness.Db));

        harness.Connector.StructuresJson = original;
        var back = await harness.RunAsync();
        Assert.Equal(["test-feed--s3"], await Sql.ColumnAsync(harness.Db, Written(back.RunId!.Value)));
        Assert.Equal(vector, await VectorAsync(harness.Db));
        var unchanged = (List<string> rows) => rows.Where(r => !r.StartsWith("test-feed--s3|", StringComparison.Ordinal)).ToList();
        Assert.Equal(unchanged(before), unchanged(await RowsAsync(harness.Db)));
    }

    [Fact]
    public async Task StructureWhoseOnlyChangeIsItsServicesScore_IsWrittenWithItsNewScore()
    {
        var services = RunnerHarness.ServicesOf(3);
        var harness = await HarnessAsync(RunnerHarness.Structures(3), services);
        await harness.RunAsync();
        var score = await Sql.ScalarAsync<string>(harness.Db, "SELECT coalesce(score_qualite::text, '') FROM marts.structures WHERE id = 'test-feed--s2'");

        // A service of s2 gains a contact: its score moves, and with it its structure's mean, though s2's record is the same.
        harness.Connector.ServicesJson = services.Replace(
            "\"id\": \"v2-1\",", "\"id\": \"v2-1\", \"telephone\": \"0240000000\", \"courriel\": \"accueil@example.fr\",", StringComparison.Ordinal);
        var run = await harness.RunAsync();

        Assert.Equal(["test-feed--s2", "test-feed--v2-1"], await Sql.ColumnAsync(harness.Db, Written(run.RunId!.Value)));
        Assert.NotEqual(score, await Sql.ScalarAsync<string>(harness.Db, "SELECT coalesce(score_qualite::text, '') FROM marts.structures WHERE id = 'test-feed--s2'"));
    }

    [Fact]
    public async Task PublicationOfAnotherShape_RewritesEveryRowOnce()
    {
        var harness = await HarnessAsync(RunnerHarness.Structures(3), RunnerHarness.ServicesOf(3));
        await harness.RunAsync();
        // As after a migration or new publication code: the shape recorded is not the one this publication has.
        await harness.ExecuteAsync("UPDATE ops.mart_publications SET shape = 'before' WHERE source = 'test-feed'");

        var rewritten = await harness.RunAsync();
        var identical = await harness.RunAsync();

        Assert.Equal(9, await WrittenByAsync(harness.Db, rewritten.RunId!.Value));
        Assert.Equal(0, await WrittenByAsync(harness.Db, identical.RunId!.Value));
        Assert.Equal(identical.RunId, await Sql.ScalarAsync<Guid>(harness.Db, "SELECT run_id FROM ops.mart_publications WHERE source = 'test-feed'"));
    }

    [Fact]
    public async Task ConcurrentReaders_OfARepublicationWithChangedRecords_SeeTheOldSetOrTheNewOne()
    {
        var original = RunnerHarness.Structures(60);
        var harness = await HarnessAsync(original, "[]");
        await harness.RunAsync();
        // Each inserted mart row waits, so that the readers meet the publication.
        await harness.ExecuteAsync("""
            CREATE FUNCTION test_slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.03); RETURN NEW; END $$;
            CREATE TRIGGER slow BEFORE INSERT ON marts.structures FOR EACH ROW EXECUTE FUNCTION test_slow();
            """);
        harness.Connector.StructuresJson = Enumerable.Range(1, 20).Aggregate(original, (feed, i) =>
            feed.Replace($"\"Structure s {i}\"", $"\"Structure s {i} bis\"", StringComparison.Ordinal));

        var observed = new List<(long Count, long Renamed)>();
        using var stop = new CancellationTokenSource();
        var readers = Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(harness.Db);
            await connection.OpenAsync();
            while (!stop.IsCancellationRequested)
            {
                await using var command = new NpgsqlCommand(
                    "SELECT count(*), count(*) FILTER (WHERE nom LIKE '% bis') FROM marts.structures", connection);
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                observed.Add((reader.GetInt64(0), reader.GetInt64(1)));
            }
        });
        var result = await harness.RunAsync();
        await Task.Delay(200);
        await stop.CancelAsync();
        await readers;

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.True(observed.Count(o => o.Renamed == 0) > 10, $"the readers must have met the publication ({observed.Count} reads)");
        Assert.Contains(observed, o => o.Renamed == 20);
        Assert.All(observed, o => Assert.True(o is (60, 0) or (60, 20), $"a reader saw {o}"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Republication_EmptiesTheResponseCache_WhetherItChangedARecordOrNone(bool changeOne)
    {
        var original = RunnerHarness.Structures(3);
        var harness = await HarnessAsync(original, RunnerHarness.ServicesOf(3));
        await harness.RunAsync();
        // Without the runs' trigger only the marts' statement triggers are left to notify. An identical republication
        // writes no row but still runs its DELETE and INSERT statements, whose triggers fire: the cache is emptied,
        // which the run's own record (the `sources` field shows the latest run) requires anyway.
        await harness.ExecuteAsync("DROP TRIGGER runs_changed_notify ON ops.runs");
        if (changeOne)
        {
            harness.Connector.StructuresJson = original.Replace("\"Structure s 2\"", "\"Structure s 2 bis\"", StringComparison.Ordinal);
        }

        await using var listener = new NpgsqlConnection(harness.Db);
        await listener.OpenAsync();
        var notifications = 0;
        listener.Notification += (_, e) => notifications += e.Channel == "datainclusion_marts_changed" ? 1 : 0;
        await using (var listen = new NpgsqlCommand("LISTEN datainclusion_marts_changed", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        var run = await harness.RunAsync();
        while (notifications == 0 && await listener.WaitAsync(TimeSpan.FromSeconds(5)))
        {
        }

        Assert.Equal(SourceRunStatus.Succeeded, run.Status);
        Assert.Equal(changeOne ? 1 : 0, await WrittenByAsync(harness.Db, run.RunId!.Value));
        Assert.True(notifications > 0, "the publication must notify the API instances");
    }

    private async Task<RunnerHarness> HarnessAsync(string structures, string services)
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = structures;
        harness.Connector.ServicesJson = services;
        return harness;
    }

    // Each mart row as id | xmin | ctid | run_id: a row written again has another xmin and ctid.
    private static Task<List<string>> RowsAsync(string db) => Sql.ColumnAsync(db, """
        SELECT id || '|' || xmin || '|' || ctid || '|' || run_id FROM marts.structures
        UNION ALL SELECT id || '|' || xmin || '|' || ctid || '|' || run_id FROM marts.services ORDER BY 1
        """);

    // The mart rows written by a run's publication: the transaction that recorded the run's success (same transaction).
    private static string Written(Guid runId) => $"""
        SELECT id FROM marts.structures WHERE xmin = (SELECT xmin FROM ops.runs WHERE id = '{runId}')
        UNION ALL SELECT id FROM marts.services WHERE xmin = (SELECT xmin FROM ops.runs WHERE id = '{runId}') ORDER BY 1
        """;

    private static async Task<long> WrittenByAsync(string db, Guid runId) => (await Sql.ColumnAsync(db, Written(runId))).Count;

    private static Task<string> VectorAsync(string db) =>
        Sql.ScalarAsync<string>(db, "SELECT search_vector::text FROM marts.structures WHERE id = 'test-feed--s3'");
}
