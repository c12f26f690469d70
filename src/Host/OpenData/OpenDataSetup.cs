using DataInclusion.Host.OpenData.DataGouv;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Scheduling;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.OpenData;

/// <summary>Composes the open-data side: the exporter, the data directory, the jobs of the instances that run jobs.</summary>
internal static class OpenDataSetup
{
    /// <summary>The writers of the set (issue 10 §1-2): the <c>export</c> command and the export job use this one.</summary>
    public static IOpenDataExporter CreateExporter(HostRuntime runtime) =>
        new OpenDataExporter(runtime.Database.DataSource, new SourceCatalog(runtime.Database.DataSource, runtime.Time).AllAsync, runtime.Time,
            runtime.LoggerFactory.CreateLogger<OpenDataExporter>());

    public static OpenDataDirectory Directory(HostRuntime runtime) => new(OpenDataOptions.From(runtime.Configuration).Directory);

    public static OpenDataBuilder CreateBuilder(HostRuntime runtime) =>
        new(CreateExporter(runtime), Directory(runtime), OpenDataOptions.From(runtime.Configuration), runtime.Database.DataSource, runtime.Time,
            runtime.LoggerFactory.CreateLogger<OpenDataBuilder>());

    public static DataGouvPublishing CreatePublishing(HostRuntime runtime) => new(
        Directory(runtime), CreateBuilder(runtime), DataGouvOptions.From(runtime.Configuration, Environment.GetEnvironmentVariable),
        new DataGouvResourceStore(runtime.Database.DataSource, runtime.Time), runtime.LoggerFactory);

    /// <summary>The export job, its watcher and the data.gouv.fr job, on an instance that runs jobs.</summary>
    public static IServiceCollection AddOpenDataJobs(this IServiceCollection services, HostRuntime runtime, JobStorage storage, SchedulerOptions scheduler)
    {
        var options = OpenDataOptions.From(runtime.Configuration);
        services.AddSingleton(sp => new OpenDataExportScheduler(
            new OpenDataExportRequests(runtime.Database.DataSource), sp.GetRequiredService<IBackgroundJobClient>(), options,
            jobId => IsPending(storage, jobId), runtime.LoggerFactory.CreateLogger<OpenDataExportScheduler>()));
        services.AddTransient(sp => new OpenDataExportJob(
            sp.GetRequiredService<OpenDataExportScheduler>(), CreateBuilder(runtime), runtime.Time));
        services.AddHostedService(sp => new OpenDataExportWatcher(
            sp.GetRequiredService<OpenDataExportScheduler>(), scheduler.PollInterval, runtime.LoggerFactory.CreateLogger<OpenDataExportWatcher>()));
        services.AddTransient(_ => new DataGouvJob(CreatePublishing(runtime)));
        return services;
    }

    /// <summary>Whether a job will still run: scheduled, queued or running (not deleted, failed or done).</summary>
    private static bool IsPending(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        var state = connection.GetStateData(jobId)?.Name;
        return state == ScheduledState.StateName || state == EnqueuedState.StateName || state == ProcessingState.StateName || state == AwaitingState.StateName;
    }
}
