using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8: a source's second run was published through a plan made for one row. Its run id was unknown to the
/// statistics, so the staging joined each structure to its services' scores by a nested loop that recomputed the
/// aggregate per structure: the national republication's staging ran more than ten minutes. The normalised layer is now
/// analyzed when it is committed.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PublicationStatisticsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task SecondRun_IsPublishedThroughHashJoins_BecauseItsNormalisedRowsAreAnalyzed()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(300);
        harness.Connector.ServicesJson = RunnerHarness.ServicesOf(300);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        var second = await harness.RunAsync();
        Assert.Equal(SourceRunStatus.Succeeded, second.Status);

        var runId = second.RunId!.Value;
        var analyzed = await Sql.ColumnAsync(harness.Db, """
            SELECT relname FROM pg_stat_user_tables
            WHERE schemaname = 'normalized' AND last_analyze IS NOT NULL ORDER BY relname
            """);
        Assert.Equal(["services", "staged_services", "staged_structures", "structures", "validation_issues"], analyzed);

        var plan = await ExplainScoresAsync(harness.Db, runId);
        Assert.DoesNotContain("Nested Loop", plan, StringComparison.Ordinal);
        Assert.Contains("Hash Left Join", plan, StringComparison.Ordinal);
    }

    // The publication's join of the run's staged structures to their quality scores (MartInserts, RecordVersions.StructureScores),
    // planned for this run as the publication plans it.
    private static async Task<string> ExplainScoresAsync(string db, Guid runId)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using (var prepare = new NpgsqlCommand($"""
            PREPARE scores(uuid, text) AS SELECT n.id, q.score FROM {NormalizedLayerWriter.StagedStructures} n
                LEFT JOIN ({RecordVersions.StructureScores}) q ON q.structure_id = n.id
            WHERE n.run_id = $1 AND $2::text IS NOT NULL
            """, connection))
        {
            await prepare.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand($"EXPLAIN EXECUTE scores('{runId}', '{RunnerHarness.Source}')", connection);
        await using var reader = await explain.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join('\n', lines);
    }
}
