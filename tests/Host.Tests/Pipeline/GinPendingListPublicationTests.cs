using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8: a publication merges the pending lists of the marts' GIN indexes before it commits
/// (<see cref="GinPendingLists"/>), so no reader scans the rows it inserted as an unsorted list until autovacuum comes.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GinPendingListPublicationTests(PostgresFixture postgres)
{
    // pgstattuple ships with the server's contrib packages; the embedded cluster's user is its superuser.
    private const string PendingTuples = """
        SELECT c.relname || '=' || (pgstatginindex(c.oid)).pending_tuples
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE a.amname = 'gin' AND i.indrelid IN ('marts.structures'::regclass, 'marts.services'::regclass)
        ORDER BY 1
        """;

    [Fact]
    public async Task AfterAPublication_EveryGinIndexOfTheMarts_HasAnEmptyPendingList()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        await harness.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pgstattuple");
        harness.Connector.StructuresJson = RunnerHarness.Structures(40);
        harness.Connector.ServicesJson = RunnerHarness.ServicesOf(40);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        var pending = await Sql.ColumnAsync(harness.Db, PendingTuples);
        Assert.True(pending.Count >= 10, string.Join(", ", pending));
        Assert.All(pending, index => Assert.EndsWith("=0", index, StringComparison.Ordinal));
        // Merged, not lost: the search still finds the rows through the indexes.
        Assert.Equal(80L, await Sql.ScalarAsync<long>(harness.Db, """
            SELECT count(*) FROM marts.services WHERE search_vector @@ to_tsquery('marts.french_unaccent', 'accueil')
            """));
    }
}
