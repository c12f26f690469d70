using DataInclusion.Fakes.Geocoder;
using DataInclusion.Host.Geocoding;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Pipeline;
using DataInclusion.Normalize;
using DataInclusion.Sources.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.Geocoding;

/// <summary>A source runner on a fresh database whose geocoding step talks to a fake BAN, built as the host builds it (GEOCODER_URL).</summary>
internal sealed record GeocodingHarness(SourceRunner Runner, ScriptedConnector Connector, FakeGeocoderServer Geocoder, string Db)
{
    /// <param name="pipelineBatchSize"><c>Pipeline__BatchSize</c> (the default when null).</param>
    public static async Task<GeocodingHarness> CreateAsync(PostgresFixture postgres, FakeGeocoderServer geocoder, GeocoderOptions? options = null, int? pipelineBatchSize = null)
    {
        var db = await postgres.CreateDatabaseAsync();
        var dataSource = NpgsqlDataSource.Create(db);
        var time = TimeProvider.System;
        var environment = new Dictionary<string, string> { [GeocoderOptions.UrlVariable] = geocoder.GeocoderUrl.ToString() };
        var services = new SourceServices(environment.GetValueOrDefault, ProducerClients.Create(), time, NullLoggerFactory.Instance);
        var geocoding = GeocodingFactory.Create(environment.GetValueOrDefault, options ?? new GeocoderOptions(), dataSource, time, NullLoggerFactory.Instance);
        // Clustering after publication has nothing to do with geocoding: off, so the tests only pay for what they test.
        var pipeline = new PipelineOptions { ClusterAfterPublication = false };
        pipeline.BatchSize = pipelineBatchSize ?? pipeline.BatchSize;
        var runner = new SourceRunner(dataSource, new RunStore(dataSource, time), new LayerStore(dataSource, pipeline), services,
            new RecordValidator(time), new RetentionOptions(), NullLogger<SourceRunner>.Instance, pipeline, geocoding: geocoding);
        return new GeocodingHarness(runner, new ScriptedConnector(RunnerHarness.Source), geocoder, db);
    }

    public SourceDefinition Definition => new(RunnerHarness.Source, "test", "0 0 * * * ?", true, [], _ => Connector, _ => new V1FeedMapper(RunnerHarness.Source));

    public Task<SourceRunResult> RunAsync() => Runner.RunAsync(Definition, "test", CancellationToken.None);

    /// <summary>One published row's columns, joined by '|' (NULL as "∅").</summary>
    public async Task<string> RowAsync(string table, string id, string columns)
    {
        await using var connection = new NpgsqlConnection(Db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT {columns} FROM marts.{table} WHERE id = $1", connection);
        command.Parameters.Add(new() { Value = $"{RunnerHarness.Source}--{id}" });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"{id} is not published in marts.{table}");
        return string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
    }
}
