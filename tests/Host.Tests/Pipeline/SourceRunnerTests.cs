using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Normalize;
using DataInclusion.Sources;
using DataInclusion.Sources.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

[Collection(PostgresCollection.Name)]
public sealed class SourceRunnerTests(PostgresFixture postgres)
{
    private const string Source = "test-feed";

    private const string TwoStructures = """
        [
          {"id": "s1", "nom": "Mission locale de Nantes", "date_maj": "2025-03-01", "siret": "13002526500013", "code_postal": "44000",
           "code_insee": "44109", "commune": "Nantes", "reseaux_porteurs": ["mission-locale"]},
          {"id": "s2", "nom": "Épicerie solidaire du Breil", "date_maj": "2025-02-10", "code_insee": "44109"}
        ]
        """;

    private const string OneService = """
        [
          {"id": "sv1", "structure_id": "s1", "nom": "Aide au permis de conduire", "date_maj": "2025-03-01",
           "description": "Financement partiel du permis B pour les jeunes accompagnés.", "thematiques": ["mobilite--preparer-un-permis"],
           "publics": ["jeunes"]}
        ]
        """;

    [Fact]
    public async Task Run_PublishesValidRecords_AndRecordsTheInvalidOnes()
    {
        var (runner, connector, db) = await CreateAsync();
        connector.StructuresJson = TwoStructures.Replace("\"2025-02-10\"", "\"1999-01-01\"", StringComparison.Ordinal);
        connector.ServicesJson = OneService;

        var result = await runner.RunAsync(Definition(connector), "test", CancellationToken.None);

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(new RunCounts(Fetched: 3, Valid: 2, Invalid: 1, Published: 2), result.Counts);
        Assert.Equal(["test-feed--s1"], await Sql.ColumnAsync(db, "SELECT id FROM marts.structures"));
        Assert.Equal(["test-feed--sv1"], await Sql.ColumnAsync(db, "SELECT id FROM marts.services"));
        Assert.Equal(["{mission-locale}"], await Sql.ColumnAsync(db, "SELECT reseaux_porteurs::text FROM marts.structures"));
        Assert.Contains("test-feed--s2", await Sql.ColumnAsync(db, "SELECT record_id FROM marts.validation_errors WHERE severity = 'error'"));
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM raw.payloads"));
        Assert.Equal("succeeded", await Sql.ScalarAsync<string>(db, "SELECT status FROM ops.runs"));
    }

    [Fact]
    public async Task FailedFetch_KeepsTheLastPublishedRows_AndRecordsTheFailure()
    {
        var (runner, connector, db) = await CreateAsync();
        connector.StructuresJson = TwoStructures;
        connector.ServicesJson = OneService;
        await runner.RunAsync(Definition(connector), "test", CancellationToken.None);

        connector.Failure = new SourceFetchException(Source, "structures", null, "HTTP 500 three times");
        var result = await runner.RunAsync(Definition(connector), "test", CancellationToken.None);

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Contains("HTTP 500", result.Message, StringComparison.Ordinal);
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.structures"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.services"));
        Assert.Equal(["failed", "succeeded"], await Sql.ColumnAsync(db, "SELECT status FROM ops.runs ORDER BY started_at DESC"));
    }

    [Fact]
    public async Task RunWithNothingValid_IsRejected_AndKeepsTheLastPublishedRows()
    {
        var (runner, connector, db) = await CreateAsync();
        connector.StructuresJson = TwoStructures;
        connector.ServicesJson = OneService;
        await runner.RunAsync(Definition(connector), "test", CancellationToken.None);

        connector.StructuresJson = """[{"id": "broken", "nom": "x"}]""";
        connector.ServicesJson = "[]";
        var result = await runner.RunAsync(Definition(connector), "test", CancellationToken.None);

        Assert.Equal(SourceRunStatus.Failed, result.Status);
        Assert.Equal(1, result.Counts.Invalid);
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.structures"));
    }

    [Fact]
    public async Task ServiceOfAnInvalidStructure_IsNotPublished_AndSaysWhy()
    {
        var (runner, connector, db) = await CreateAsync();
        connector.StructuresJson = TwoStructures;
        connector.ServicesJson = OneService.Replace("\"structure_id\": \"s1\"", "\"structure_id\": \"missing\"", StringComparison.Ordinal);

        var result = await runner.RunAsync(Definition(connector), "test", CancellationToken.None);

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM marts.services"));
        Assert.Equal(["structure_id.inconnue"], await Sql.ColumnAsync(db, "SELECT code FROM marts.validation_errors WHERE resource_type = 'service'"));
    }

    [Fact]
    public async Task DuplicateIds_KeepTheFirstRecord_AndReportTheOthers()
    {
        var (runner, connector, db) = await CreateAsync();
        connector.StructuresJson = TwoStructures.Replace("\"id\": \"s2\"", "\"id\": \"s1\"", StringComparison.Ordinal);

        var result = await runner.RunAsync(Definition(connector), "test", CancellationToken.None);

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(["Mission locale de Nantes"], await Sql.ColumnAsync(db, "SELECT nom FROM marts.structures"));
        Assert.Equal(["id.doublon"], await Sql.ColumnAsync(db, "SELECT code FROM marts.validation_errors WHERE severity = 'error'"));
    }

    [Fact]
    public async Task SourceWithoutItsVariables_IsSkipped_WithTheVariablesToSet()
    {
        var (runner, connector, _) = await CreateAsync();
        var definition = Definition(connector) with { RequiredVariables = ["TEST_FEED_TOKEN_THAT_IS_NOT_SET"] };

        var result = await runner.RunAsync(definition, "test", CancellationToken.None);

        Assert.Equal(SourceRunStatus.Skipped, result.Status);
        Assert.Contains("TEST_FEED_TOKEN_THAT_IS_NOT_SET", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remap_MapsTheLatestRawPayloadsAgain_WithoutFetching()
    {
        var (runner, connector, db) = await CreateAsync();
        connector.StructuresJson = TwoStructures;
        connector.ServicesJson = OneService;
        await runner.RunAsync(Definition(connector), "test", CancellationToken.None);
        connector.Failure = new InvalidOperationException("the producer must not be called by remap");

        var result = await runner.RemapAsync(Definition(connector), CancellationToken.None);

        Assert.Equal(SourceRunStatus.Succeeded, result.Status);
        Assert.Equal(3, result.Counts.Published);
        Assert.Equal(["remap", "test"], await Sql.ColumnAsync(db, "SELECT trigger FROM ops.runs ORDER BY started_at DESC"));
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, $"SELECT count(*) FROM raw.payloads WHERE run_id = '{result.RunId}'"));
    }

    [Fact]
    public async Task RawPayloads_AreKeptForTheConfiguredNumberOfRuns()
    {
        var (runner, connector, db) = await CreateAsync();
        connector.StructuresJson = TwoStructures;
        for (var i = 0; i < 4; i++)
        {
            await runner.RunAsync(Definition(connector), "test", CancellationToken.None);
        }

        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, "SELECT count(DISTINCT run_id) FROM raw.payloads"));
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, "SELECT count(DISTINCT run_id) FROM normalized.structures"));
        Assert.Equal(4L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM ops.runs"));
    }

    [Fact]
    public async Task InvalidRecords_AreSampledWithTheRun()
    {
        var (runner, connector, db) = await CreateAsync();
        connector.StructuresJson = TwoStructures.Replace("\"2025-02-10\"", "\"1999-01-01\"", StringComparison.Ordinal);

        await runner.RunAsync(Definition(connector), "test", CancellationToken.None);

        var sample = await Sql.ScalarAsync<string>(db, "SELECT invalid_sample::text FROM ops.runs");
        Assert.Contains("test-feed--s2", sample, StringComparison.Ordinal);
        Assert.Contains("date_maj", sample, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOfABusySource_IsSkipped_AndAnInterruptedRunIsClosedByTheNextOne()
    {
        var (runner, connector, db) = await CreateAsync();
        connector.StructuresJson = TwoStructures;
        await using (var dataSource = NpgsqlDataSource.Create(db))
        {
            await using var held = await SourceLock.TryAcquireAsync(dataSource, Source, CancellationToken.None);
            Assert.NotNull(held);

            var busy = await runner.RunAsync(Definition(connector), "test", CancellationToken.None);

            Assert.Equal(SourceRunStatus.Skipped, busy.Status);
            Assert.Contains("already running", busy.Message, StringComparison.Ordinal);
            await using var insert = dataSource.CreateCommand(
                "INSERT INTO ops.runs (id, source, started_at, status) VALUES (gen_random_uuid(), 'test-feed', now() - interval '1 hour', 'running')");
            await insert.ExecuteNonQueryAsync();
        }

        var next = await runner.RunAsync(Definition(connector), "test", CancellationToken.None);

        Assert.Equal(SourceRunStatus.Succeeded, next.Status);
        Assert.Equal(["succeeded", "failed"], await Sql.ColumnAsync(db, "SELECT status FROM ops.runs ORDER BY started_at DESC"));
    }

    private static SourceDefinition Definition(ScriptedConnector connector) =>
        new(Source, "test", "0 0 * * * ?", true, [], _ => connector, _ => new V1FeedMapper(Source));

    private async Task<(SourceRunner Runner, ScriptedConnector Connector, string Db)> CreateAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        var dataSource = NpgsqlDataSource.Create(db);
        var time = TimeProvider.System;
        var services = new SourceServices(_ => null, ProducerClients.Create(), time, NullLoggerFactory.Instance);
        var runner = new SourceRunner(dataSource, new RunStore(dataSource, time), new LayerStore(dataSource), services, new RecordValidator(time), new RetentionOptions { RawRuns = 2 }, NullLogger<SourceRunner>.Instance);
        return (runner, new ScriptedConnector(Source), db);
    }
}
