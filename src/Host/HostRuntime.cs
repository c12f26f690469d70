using DataInclusion.Host.Enrichment;
using DataInclusion.Host.Geocoding;
using DataInclusion.Host.Logging;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using DataInclusion.Normalize;
using DataInclusion.Sources.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host;

/// <summary>
/// What every command stands on: configuration, logging, and a migrated database (embedded unless DATAINCLUSION_DB is set).
/// Disposing it stops the embedded cluster.
/// </summary>
internal sealed class HostRuntime : IAsyncDisposable
{
    private readonly Serilog.Core.Logger _serilog;

    private HostRuntime(IConfiguration configuration, Serilog.Core.Logger serilog, Database database, bool interactive)
    {
        Configuration = configuration;
        _serilog = serilog;
        LoggerFactory = LoggingSetup.CreateFactory(serilog);
        Database = database;
        Interactive = interactive;
    }

    public IConfiguration Configuration { get; }

    public ILoggerFactory LoggerFactory { get; }

    public Database Database { get; }

    public bool Interactive { get; }

    public TimeProvider Time { get; } = TimeProvider.System;

    public Serilog.ILogger Serilog => _serilog;

    /// <summary>This process's runs tell its API readers (the response cache) that the marts changed.</summary>
    public MartsChangedSignal MartsChanged { get; } = new();

    /// <summary>True when a person watches the output: progress bars and tables instead of JSON logs.</summary>
    public static bool IsInteractive => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public static async Task<HostRuntime> StartAsync(CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var interactive = IsInteractive;
        var serilog = (Serilog.Core.Logger)LoggingSetup.CreateLogger(configuration, interactive);
        try
        {
            using var factory = LoggingSetup.CreateFactory(serilog);
            var database = await Database.OpenAsync(DatabaseOptions.FromEnvironment(), factory, cancellationToken);
            var runtime = new HostRuntime(configuration, serilog, database, interactive);
            await new Migrator(database.DataSource, runtime.LoggerFactory.CreateLogger<Migrator>()).MigrateAsync(cancellationToken);
            return runtime;
        }
        catch
        {
            await serilog.DisposeAsync();
            throw;
        }
    }

    /// <summary>The producers' Refit clients; the caller disposes them when its runs are over.</summary>
    public ProducerClients CreateProducerClients()
    {
        // Retry and timeout limits can be tuned per deployment (e.g. Sources__Http__BaseDelay=00:00:05).
        var httpOptions = new HttpSourceOptions();
        Configuration.GetSection(HttpSourceOptions.SectionName).Bind(httpOptions);
        return ProducerClients.Create(httpOptions, Time, LoggerFactory);
    }

    /// <param name="jobs">The Hangfire client when a job server runs (serve/up): reclustering is then one debounced job.</param>
    public SourceRunner CreateSourceRunner(ProducerClients producers, Hangfire.IBackgroundJobClient? jobs = null)
    {
        var sourceServices = new SourceServices(Environment.GetEnvironmentVariable, producers, Time, LoggerFactory);
        var retention = new RetentionOptions();
        Configuration.GetSection(RetentionOptions.SectionName).Bind(retention);
        var pipeline = new PipelineOptions();
        Configuration.GetSection(PipelineOptions.SectionName).Bind(pipeline);
        var geocoder = new GeocoderOptions();
        Configuration.GetSection(GeocoderOptions.SectionName).Bind(geocoder);
        var geocoding = GeocodingFactory.Create(Environment.GetEnvironmentVariable, geocoder, Database.DataSource, Time, LoggerFactory);
        var companies = RechercheEntreprisesOptions.From(Configuration, Environment.GetEnvironmentVariable) is { } lookup
            ? EstablishmentFlagsStep.Create(Database.DataSource, lookup, Time, LoggerFactory)
            : null;
        return new SourceRunner(
            Database.DataSource, new RunStore(Database.DataSource, Time), new LayerStore(Database.DataSource, pipeline), sourceServices,
            new RecordValidator(Time), retention, LoggerFactory.CreateLogger<SourceRunner>(), pipeline, geocoding: geocoding, establishments: companies,
            debouncedClustering: jobs is null ? null : CreateDebouncedClustering(jobs, pipeline), martsChanged: MartsChanged);
    }

    public Scheduling.DebouncedClustering CreateDebouncedClustering(Hangfire.IBackgroundJobClient jobs, PipelineOptions? pipeline = null)
    {
        if (pipeline is null)
        {
            pipeline = new PipelineOptions();
            Configuration.GetSection(PipelineOptions.SectionName).Bind(pipeline);
        }

        return new Scheduling.DebouncedClustering(Database.DataSource, jobs, Time, pipeline.ClusterDebounce);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        LoggerFactory.Dispose();
        await _serilog.DisposeAsync();
    }
}
