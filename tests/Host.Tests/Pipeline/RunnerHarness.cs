using DataInclusion.Host.Enrichment;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Scheduling;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Normalize;
using DataInclusion.Sources.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>A source runner on a fresh database, with the pipeline options and environment a test chooses.</summary>
internal sealed record RunnerHarness(SourceRunner Runner, ScriptedConnector Connector, string Db, SourceServices Services)
{
    public const string Source = "test-feed";

    public SourceDefinition Definition => new(Source, "test", "0 0 * * * ?", true, [], _ => Connector, _ => new V1FeedMapper(Source));

    public static async Task<RunnerHarness> CreateAsync(
        PostgresFixture postgres, PipelineOptions? pipeline = null, IReadOnlyDictionary<string, string>? environment = null, int rawRuns = 5,
        IReadOnlyList<IRecordBatchStep>? batchSteps = null, Func<NpgsqlDataSource, EstablishmentFlagsStep>? establishments = null,
        Func<NpgsqlDataSource, DebouncedClustering>? debouncedClustering = null, string? database = null, MartsChangedSignal? martsChanged = null)
    {
        var db = database ?? await postgres.CreateDatabaseAsync();
        var dataSource = NpgsqlDataSource.Create(db);
        var time = TimeProvider.System;
        var services = new SourceServices(
            name => environment?.GetValueOrDefault(name), ProducerClients.Create(), time, NullLoggerFactory.Instance);
        var runner = new SourceRunner(dataSource, new RunStore(dataSource, time), new LayerStore(dataSource, pipeline), services,
            new RecordValidator(time), new RetentionOptions { RawRuns = rawRuns }, NullLogger<SourceRunner>.Instance, pipeline,
            batchSteps: batchSteps, establishments: establishments?.Invoke(dataSource), debouncedClustering: debouncedClustering?.Invoke(dataSource), martsChanged: martsChanged);
        return new RunnerHarness(runner, new ScriptedConnector(Source), db, services);
    }

    public Task<SourceRunResult> RunAsync(CancellationToken cancellationToken = default) => Runner.RunAsync(Definition, "test", cancellationToken);

    /// <summary>Runs the registry's <c>demo</c> source (the sample feed) through the same runner.</summary>
    public Task<SourceRunResult> RunDemoAsync(CancellationToken cancellationToken = default) =>
        Runner.RunAsync(SourceRegistry.Find("demo")!, "test", cancellationToken);

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A v1 services array of two valid services for each of the structures s1…s<paramref name="structures"/>.</summary>
    public static string ServicesOf(int structures) =>
        "[" + string.Join(",", Enumerable.Range(1, structures).SelectMany(i => new[] { 1, 2 }.Select(j =>
            $$"""{"id": "v{{i}}-{{j}}", "structure_id": "s{{i}}", "nom": "Service {{i}} {{j}}", "description": "Accueil et orientation", "date_maj": "2025-03-01"}"""))) + "]";

    /// <summary>A v1 structures array of <paramref name="count"/> valid structures named after <paramref name="prefix"/>.</summary>
    public static string Structures(int count, string prefix = "s") =>
        "[" + string.Join(",", Enumerable.Range(1, count).Select(i =>
            $$"""{"id": "{{prefix}}{{i}}", "nom": "Structure {{prefix}} {{i}}", "date_maj": "2025-03-01", "code_insee": "44109"}""")) + "]";
}
