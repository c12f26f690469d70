using System.Collections.Specialized;
using System.Globalization;
using DataInclusion.Host.Pipeline;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Impl;

namespace DataInclusion.Host.Scheduling;

/// <summary>
/// The clustered Quartz scheduler over our PostgreSQL: every instance of <c>serve</c> joins the same cluster, each due
/// source runs on exactly one of them, and a crashed instance's run is recovered by another.
/// </summary>
internal sealed class SourceScheduler(IScheduler scheduler, ILogger<SourceScheduler> logger)
{
    public const string SchedulerName = "datainclusion";

    public IScheduler Scheduler => scheduler;

    public static async Task<SourceScheduler> CreateAsync(
        string connectionString, SchedulerOptions options, SourceRunner runner, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var properties = new NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = SchedulerName,
            ["quartz.scheduler.instanceId"] = "AUTO",
            ["quartz.threadPool.maxConcurrency"] = options.MaxConcurrency.ToString(CultureInfo.InvariantCulture),
            ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
            ["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz",
            ["quartz.jobStore.tablePrefix"] = "scheduler.qrtz_",
            ["quartz.jobStore.dataSource"] = "main",
            ["quartz.jobStore.clustered"] = "true",
            ["quartz.jobStore.clusterCheckinInterval"] = ((long)options.ClusterCheckinInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            ["quartz.jobStore.misfireThreshold"] = ((long)options.MisfireThreshold.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            ["quartz.jobStore.useProperties"] = "true",
            ["quartz.jobStore.performSchemaValidation"] = "false",
            ["quartz.dataSource.main.connectionString"] = connectionString,
            ["quartz.dataSource.main.provider"] = "Npgsql",
            ["quartz.serializer.type"] = typeof(QuartzJsonSerializer).AssemblyQualifiedName,
        };
        var factory = new StdSchedulerFactory(properties);
        var scheduler = await factory.GetScheduler(cancellationToken);
        scheduler.JobFactory = new SourceJobFactory(runner);
        return new SourceScheduler(scheduler, loggerFactory.CreateLogger<SourceScheduler>());
    }

    /// <summary>
    /// Makes the stored jobs and triggers match the registry. An unchanged schedule keeps its stored trigger, so a fire
    /// time missed while every instance was down is still seen as a misfire and run once at start.
    /// </summary>
    public async Task SyncSchedulesAsync(IReadOnlyList<SourceDefinition> sources, Func<SourceDefinition, string> scheduleOf, TimeZoneInfo timeZone, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            var jobKey = new JobKey(source.Slug, SourceJob.Group);
            var triggerKey = new TriggerKey(source.Slug, SourceJob.Group);
            var cron = scheduleOf(source);
            if (await scheduler.GetTrigger(triggerKey, cancellationToken) is ICronTrigger existing
                && existing.CronExpressionString == cron && existing.TimeZone.Id == timeZone.Id)
            {
                continue;
            }

            var job = JobBuilder.Create<SourceJob>()
                .WithIdentity(jobKey)
                .WithDescription(source.Description)
                .RequestRecovery()
                .StoreDurably()
                .Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(triggerKey)
                .ForJob(jobKey)
                .WithCronSchedule(cron, c => c.InTimeZone(timeZone).WithMisfireHandlingInstructionFireAndProceed())
                .Build();
            await scheduler.ScheduleJob(job, [trigger], replace: true, cancellationToken);
            logger.SourceScheduled(source.Slug, cron, timeZone.Id);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => scheduler.Start(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
}
