using DataInclusion.Host.OpenData;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>
/// Issue 8, republication: a republication keeps the mart rows of unchanged records with the run that wrote them, so a
/// set's run listing is each source's last published run, not the run ids its rows carry.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExportedRunsTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Runs_AreEachSourcesLastPublishedRun_NotTheRunsItsRowsWereWrittenBy()
    {
        var db = await postgres.CreateDatabaseAsync();
        await MartRows.InsertAsync(db);
        // dora republished the next day without changing a record (its rows keep run 1111…), then failed the day after.
        await using (var connection = new NpgsqlConnection(db))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""
                INSERT INTO ops.runs (id, source, started_at, ended_at, status) VALUES
                  ('33333333-3333-3333-3333-333333333333', 'dora', '2026-12-02 03:20:00+00', '2026-12-02 03:22:00+00', 'succeeded'),
                  ('44444444-4444-4444-4444-444444444444', 'dora', '2026-12-03 03:20:00+00', '2026-12-03 03:21:00+00', 'failed');
                """, connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var dataSource = NpgsqlDataSource.Create(db);
        await using var snapshot = await MartsSnapshot.OpenAsync(dataSource, ["dora"], CancellationToken.None);
        var run = Assert.Single(await snapshot.RunsAsync(CancellationToken.None));

        Assert.Equal(("dora", Guid.Parse("33333333-3333-3333-3333-333333333333")), (run.Source, run.Id));
        Assert.Equal(DateTimeOffset.Parse("2026-12-02T03:22:00Z", System.Globalization.CultureInfo.InvariantCulture), run.EndedAt);
    }
}
