using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8, "nothing lost": the staged mart rows are UNLOGGED (migration 0170), so a server crash empties them. A run
/// published without them would replace its source's rows by nothing; migration 0186 makes the publication refuse.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LostStagedRowsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task PublicationWithoutItsStagedRows_FailsClearly_AndTheSourceKeepsItsPublishedRows()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(30);
        harness.Connector.ServicesJson = RunnerHarness.ServicesOf(30);
        var run = await harness.RunAsync();
        Assert.Equal(SourceRunStatus.Succeeded, run.Status);
        var runId = run.RunId!.Value;

        // The run's normalised layer is kept, its staged rows are gone: as after a crash (or once it was published).
        Assert.Equal(0L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM normalized.staged_services"));
        await using var dataSource = NpgsqlDataSource.Create(harness.Db);
        var error = await Assert.ThrowsAsync<PostgresException>(() => new LayerStore(dataSource).PublishAsync(runId, RunnerHarness.Source, CancellationToken.None));

        Assert.Contains("0 of 30 structures, 0 of 60 services staged", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(30L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.structures"));
        Assert.Equal(60L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.services"));
    }
}
