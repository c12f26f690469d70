using DataInclusion.Host.OpenData.DataGouv;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Scheduling;
using DataInclusion.Host.Tests.Infrastructure;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Host.Tests.OpenData;

[Collection(PostgresCollection.Name)]
public sealed class DataGouvScheduleTests(PostgresFixture postgres)
{
    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task Configured_TheRecurringPublicationRunsMondayAt14ParisTime_AndSurvivesTheSourcesSync_UnconfiguredItIsRemoved()
    {
        var storage = await StorageAsync();
        var manager = new RecurringJobManager(storage);
        var configuration = new ConfigurationBuilder().Build();

        DataGouvSchedule.Sync(manager, configuration, enabled: true, s_paris, NullLogger.Instance);
        SourceSchedules.Sync(manager, storage, configuration, s_paris, SourceRegistry.All, NullLogger.Instance);
        var job = Find(storage);

        Assert.NotNull(job);
        Assert.Equal("0 14 * * 1", job.Cron);
        Assert.Equal("Europe/Paris", job.TimeZoneId);
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTime(job.NextExecution!.Value, s_paris).DayOfWeek);
        Assert.Equal(14, TimeZoneInfo.ConvertTimeFromUtc(job.NextExecution.Value, s_paris).Hour);

        DataGouvSchedule.Sync(manager, configuration, enabled: false, s_paris, NullLogger.Instance);
        Assert.Null(Find(storage));
    }

    [Fact]
    public async Task SchedulesOpendata_OverridesTheCron()
    {
        var storage = await StorageAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Schedules:opendata"] = "30 6 * * *" }).Build();

        DataGouvSchedule.Sync(new RecurringJobManager(storage), configuration, enabled: true, s_paris, NullLogger.Instance);

        Assert.Equal("30 6 * * *", Find(storage)!.Cron);
    }

    private async Task<JobStorage> StorageAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        var options = JobStorageFactory.Options(new SchedulerOptions());
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(db, options), options);
    }

    private static RecurringJobDto? Find(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs().SingleOrDefault(j => j.Id == DataGouvJob.RecurringJobId);
    }
}
