using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8: after a first or large publication the API planned its queries with the marts' statistics of before (no
/// rows) until autovacuum analyzed them, a minute or more later. A run now analyzes the marts whose row count moved by
/// more than 10 % (<see cref="MartStatistics"/>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MartStatisticsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task FirstPublication_AnalyzesTheMarts_SoTheApiPlansForTheRowsPublished()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(300);
        harness.Connector.ServicesJson = RunnerHarness.ServicesOf(300);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        // analyze_count counts ANALYZE commands only (autovacuum's are autoanalyze_count): the run's own.
        var counts = await AnalyzeCountsAsync(harness.Db);
        Assert.Equal([1L, 1L, 1L], counts);
        // Every structure is in Nantes: with statistics the planner expects them all, without it expects a handful.
        Assert.Equal(600L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.services"));
        Assert.Equal(300, await EstimatedRowsAsync(harness.Db, "SELECT * FROM marts.structures WHERE code_insee = '44109'"));
    }

    [Fact]
    public async Task PublicationThatMovesAMartByLessThanATenth_LeavesItsStatisticsToAutovacuum()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(300);
        harness.Connector.ServicesJson = RunnerHarness.ServicesOf(300);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        // The demo feed: 12 structures and 25 services more (4 % of each mart).
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunDemoAsync()).Status);
        var counts = await AnalyzeCountsAsync(harness.Db);
        Assert.Equal([1L, 1L], counts[..2]);

        // Then that source doubles: analyzed again.
        harness.Connector.StructuresJson = RunnerHarness.Structures(600);
        harness.Connector.ServicesJson = RunnerHarness.ServicesOf(600);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        counts = await AnalyzeCountsAsync(harness.Db);
        Assert.Equal([2L, 2L], counts[..2]);
    }

    [Theory]
    [InlineData(0, -1, true)]
    [InlineData(98_250, -1, true)]
    [InlineData(98_250, 0, true)]
    [InlineData(0, 0, false)]
    [InlineData(110, 100, false)]
    [InlineData(112, 100, true)]
    [InlineData(89, 100, true)]
    [InlineData(95_000, 98_250, false)]
    public void IsStale_WhenTheCountMovedByMoreThanATenthOrWasNeverKnown(long rows, double known, bool stale) =>
        Assert.Equal(stale, MartStatistics.IsStale(rows, known));

    // structures, services, validation_errors
    private static async Task<long[]> AnalyzeCountsAsync(string db) =>
        [.. (await Sql.ColumnAsync(db, """
            SELECT analyze_count::text FROM pg_stat_user_tables
            WHERE schemaname = 'marts' AND relname IN ('structures', 'services', 'validation_errors')
            ORDER BY array_position(ARRAY['structures', 'services', 'validation_errors'], relname::text)
            """)).Select(long.Parse)];

    private static async Task<int> EstimatedRowsAsync(string db, string query)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + query, connection);
        using var plan = System.Text.Json.JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
        return plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetInt32();
    }
}
