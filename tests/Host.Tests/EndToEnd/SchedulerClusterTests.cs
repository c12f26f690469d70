using System.Globalization;
using DataInclusion.Fakes;
using DataInclusion.Fakes.Emplois;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Several <c>serve</c> processes on one database form one scheduler cluster.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchedulerClusterTests(PostgresFixture postgres)
{
    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task TwoInstances_RunEachDueSourceExactlyOnce()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var emplois = await FakeEmploisServer.StartAsync();
        var fireAt = DateTimeOffset.UtcNow.AddSeconds(25);
        var cron = OneShotCron(fireAt);
        var environment = new Dictionary<string, string?>
        {
            ["DATAINCLUSION_DB"] = db,
            ["EMPLOIS_API_URL"] = emplois.BaseUri.ToString(),
            ["EMPLOIS_API_TOKEN"] = emplois.Token,
            ["Schedules__demo"] = cron,
            ["Schedules__emplois-de-linclusion"] = cron,
            ["Scheduler__ClusterCheckinInterval"] = "00:00:02",
        };

        var (first, _) = await ServeProcess.StartAsync(environment, "serve");
        await using var firstProcess = first;
        var (second, _) = await ServeProcess.StartAsync(environment, "serve");
        await using var secondProcess = second;
        var (readOnly, _) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var readOnlyProcess = readOnly;
        Assert.True(DateTimeOffset.UtcNow < fireAt, "the instances took too long to start for this test's fire time");

        await WaitUntilAsync(db, "SELECT count(*) FROM ops.runs WHERE status <> 'running'", 2, fireAt.AddSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(
            ["demo scheduler succeeded", "emplois-de-linclusion scheduler succeeded"],
            await Sql.ColumnAsync(db, "SELECT source || ' ' || trigger || ' ' || status FROM ops.runs ORDER BY source"));
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, "SELECT count(DISTINCT instance_name) FROM scheduler.qrtz_scheduler_state"));

        await first.StopAsync(TimeSpan.FromSeconds(30));
        await second.StopAsync(TimeSpan.FromSeconds(30));
        await readOnly.StopAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task MissedFireTimesDuringDowntime_RunOnceAtStart()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db, ["Schedules__demo"] = "0 0 4 * * ?" };

        // A first start stores the daily trigger; then every instance is "down" for three days.
        var (first, _) = await ServeProcess.StartAsync(environment, "serve");
        await first.StopAsync(TimeSpan.FromSeconds(30));
        await first.DisposeAsync();
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM ops.runs WHERE source = 'demo'"));
        var threeDaysAgo = DateTime.UtcNow.AddDays(-3).Ticks;
        await Sql.ScalarAsync<int>(db, $"WITH u AS (UPDATE scheduler.qrtz_triggers SET next_fire_time = {threeDaysAgo} WHERE trigger_name = 'demo' RETURNING 1) SELECT count(*)::int FROM u");

        var (restarted, _) = await ServeProcess.StartAsync(environment, "serve");
        await using var restartedProcess = restarted;
        await WaitUntilAsync(db, "SELECT count(*) FROM ops.runs WHERE source = 'demo' AND status <> 'running'", 1, DateTimeOffset.UtcNow.AddSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Equal(1L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM ops.runs WHERE source = 'demo'"));
        var next = await Sql.ScalarAsync<long>(db, "SELECT next_fire_time FROM scheduler.qrtz_triggers WHERE trigger_name = 'demo'");
        Assert.True(new DateTime(next, DateTimeKind.Utc) > DateTime.UtcNow, "the trigger did not move on to its next regular fire time");
        await restarted.StopAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task AnInstanceCrashingMidRun_HasItsRunRecoveredByAnother_AndTheInterruptedRunMarkedFailed()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var emplois = await FakeEmploisServer.StartAsync();
        emplois.Faults.Enqueue(Fault.Slow(TimeSpan.FromSeconds(60)));
        var fireAt = DateTimeOffset.UtcNow.AddSeconds(20);
        var environment = new Dictionary<string, string?>
        {
            ["DATAINCLUSION_DB"] = db,
            ["EMPLOIS_API_URL"] = emplois.BaseUri.ToString(),
            ["EMPLOIS_API_TOKEN"] = emplois.Token,
            ["Schedules__emplois-de-linclusion"] = OneShotCron(fireAt),
            ["Schedules__demo"] = "0 0 3 1 1 ? 2099",
            ["Scheduler__ClusterCheckinInterval"] = "00:00:02",
        };
        var (first, _) = await ServeProcess.StartAsync(environment, "serve");
        await using var firstProcess = first;
        var (second, _) = await ServeProcess.StartAsync(environment, "serve");
        await using var secondProcess = second;

        await WaitUntilAsync(db, "SELECT count(*) FROM ops.runs WHERE status = 'running'", 1, fireAt.AddSeconds(60));
        var instance = (await Sql.ColumnAsync(db, "SELECT instance FROM ops.runs WHERE status = 'running'"))[0];
        var (crashing, surviving) = instance.EndsWith(":" + first.ProcessId, StringComparison.Ordinal) ? (first, second) : (second, first);
        crashing.Crash();

        await WaitUntilAsync(db, "SELECT count(*) FROM ops.runs WHERE status = 'succeeded'", 1, DateTimeOffset.UtcNow.AddSeconds(90));

        Assert.Equal(
            ["scheduler failed interrupted: the process running it stopped before the end", "scheduler-recovery succeeded "],
            await Sql.ColumnAsync(db, "SELECT trigger || ' ' || status || ' ' || coalesce(error, '') FROM ops.runs ORDER BY started_at"));
        Assert.False(surviving.HasExited);
        await surviving.StopAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>A Quartz cron (seconds first, with year) firing once at <paramref name="at"/>, in the schedules' time zone.</summary>
    private static string OneShotCron(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, s_paris);
        return local.ToString("s m H d M '?' yyyy", CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilAsync(string db, string countSql, long expected, DateTimeOffset deadline)
    {
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await Sql.ScalarAsync<long>(db, countSql) >= expected)
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"timed out waiting for {expected} from: {countSql}");
    }
}
