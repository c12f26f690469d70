using DataInclusion.Host.OpenData;
using DataInclusion.Sources.Http;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Storage;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Scheduling;

/// <summary>Hangfire in the web host: the job storage always (dashboard, ad-hoc jobs), the server unless <c>--no-scheduler</c>.</summary>
internal static class JobsSetup
{
    public static IServiceCollection AddDataInclusionJobs(this IServiceCollection services, HostRuntime runtime, JobStorage storage, bool withScheduler, ProducerClients producers)
    {
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(storage));
        if (!withScheduler)
        {
            return services;
        }

        var options = SchedulerOptions.From(runtime.Configuration);
        services.AddSingleton(sp => runtime.CreateSourceRunner(producers, sp.GetRequiredService<IBackgroundJobClient>()));
        services.AddSingleton(sp => runtime.CreateDebouncedClustering(sp.GetRequiredService<IBackgroundJobClient>()));
        services.AddSingleton(new StructureClustering(runtime.Database.DataSource));
        services.AddSingleton(new FireStore(runtime.Database.DataSource, runtime.Time));
        services.AddOpenDataJobs(runtime, storage, options);
        // Hangfire's filters are global: this process runs jobs, so it ends the submissions whose job it gives up on.
        GlobalJobFilters.Filters.Add(new SubmissionAbandonment(
            new SubmissionStore(runtime.Database.DataSource, runtime.Time), runtime.LoggerFactory.CreateLogger<SubmissionAbandonment>()));
        // Registered before the server so the recurring jobs match the configuration before this instance fires any.
        services.AddHostedService<RecurringJobsSync>();
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = options.PollInterval;
        });
        return services;
    }

    /// <summary>Ad-hoc run of a source on whichever instance takes the job first ("trigger now").</summary>
    public static string EnqueueRun(this IBackgroundJobClient client, string slug) =>
        client.Enqueue<SourceJob>(job => job.RunAsync(slug, SourceJob.ManualTrigger, null, CancellationToken.None));
}
