using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Storage;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8: the publication inserts the typed rows staged during normalisation (migration 0170): a column a migration
/// adds to a mart is published with no code change, a structure's digest still covers its score, and the staged rows
/// are gone once the run is over.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StagedRowsPublicationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ColumnAddedToAMartByAMigration_IsPublished()
    {
        var db = await postgres.CreateDatabaseAsync();
        await StagedRowWriterTests.MirrorAsync(db, "ALTER TABLE marts.services ADD COLUMN horaires_osm text, ADD COLUMN places integer");
        var structure = new NormalizedRecord("s--a", null, true, """{"id": "s--a", "nom": "Structure", "date_maj": "2025-03-01"}""");
        var service = new NormalizedRecord("s--a--v", "s--a", true, """
            {"id": "s--a--v", "structure_id": "s--a", "nom": "Service", "description": "Un service", "date_maj": "2025-03-01",
             "horaires_osm": "Mo-Fr 09:00-12:00", "places": 12}
            """);
        var runId = await StagedRowWriterTests.StageAsync(db, [structure], [service]);
        await using var dataSource = NpgsqlDataSource.Create(db);

        Assert.Equal(2, await new LayerStore(dataSource).PublishAsync(runId, "s", CancellationToken.None));

        Assert.Equal("Mo-Fr 09:00-12:00|12", await Sql.ScalarAsync<string>(db, "SELECT horaires_osm || '|' || places FROM marts.services"));
    }

    [Fact]
    public async Task StructureWhoseOnlyChangeIsItsServicesScore_GetsANewUpdatedAt()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(2);
        harness.Connector.ServicesJson = QualityPublicationTests.ServicesJson;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        var before = await Sql.ColumnAsync(harness.Db, "SELECT id || '|' || score_qualite || '|' || updated_at FROM marts.structures WHERE score_qualite IS NOT NULL");

        // The minimal service gains a phone number: its score rises, so does its structure's mean; the structure's JSON is the same.
        harness.Connector.ServicesJson = QualityPublicationTests.ServicesJson.Replace(
            "\"nom\": \"Service minimal\",", "\"nom\": \"Service minimal\", \"telephone\": \"0240000001\",", StringComparison.Ordinal);
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        var after = await Sql.ColumnAsync(harness.Db, "SELECT id || '|' || score_qualite || '|' || updated_at FROM marts.structures WHERE score_qualite IS NOT NULL");

        var (old, changed) = Assert.Single(before.Zip(after));
        Assert.Equal("test-feed--s1", old.Split('|')[0]);
        Assert.NotEqual(old.Split('|')[1], changed.Split('|')[1]);
        Assert.NotEqual(old.Split('|')[2], changed.Split('|')[2]);
    }

    [Fact]
    public async Task StagedRows_AreRemovedOnceTheRunIsPublished()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = RunnerHarness.Structures(3);

        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        Assert.Equal(3, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM marts.structures"));
        Assert.Equal(0, await Sql.ScalarAsync<long>(harness.Db,
            "SELECT (SELECT count(*) FROM normalized.staged_structures) + (SELECT count(*) FROM normalized.staged_services)"));
    }
}
