using System.Diagnostics;
using Xunit.Abstractions;
using DataInclusion.Fakes;
using DataInclusion.Fakes.Emplois;
using DataInclusion.Host.Tests.Infrastructure;
using static DataInclusion.Host.Tests.EndToEnd.SchedulerTestSupport;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Crashes and long runs: a run is never lost, never started twice, never caught up more than once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchedulerRecoveryTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task AnInstanceKilledMidRun_HasItsRunRecordedFailed_AndRunOnceMoreByAnotherWithinTwoMinutes()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var emplois = await FakeEmploisServer.StartAsync();
        emplois.Faults.Enqueue(Fault.Slow(TimeSpan.FromSeconds(30)));
        var (cron, fireAt) = Slots(DateTimeOffset.UtcNow.AddSeconds(20));
        var environment = FastScheduler(db);
        environment["EMPLOIS_API_URL"] = emplois.BaseUri.ToString();
        environment["EMPLOIS_API_TOKEN"] = emplois.Token;
        environment["Schedules__emplois-de-linclusion"] = cron;
        var started = await Task.WhenAll(ServeProcess.StartAsync(environment, "serve"), ServeProcess.StartAsync(environment, "serve"));
        await using var first = started[0].Process;
        await using var second = started[1].Process;

        await WaitUntilAsync(db, "SELECT count(*) FROM ops.runs WHERE status = 'running'", 1, fireAt.AddSeconds(60));
        await WaitForSlowRequestAsync(emplois);
        var instance = (await Sql.ColumnAsync(db, "SELECT instance FROM ops.runs WHERE status = 'running'"))[0];
        var (crashing, surviving) = instance.EndsWith(":" + first.ProcessId, StringComparison.Ordinal) ? (first, second) : (second, first);
        crashing.Crash();
        var sinceCrash = Stopwatch.StartNew();

        await WaitUntilAsync(db, "SELECT count(*) FROM ops.runs WHERE status = 'succeeded'", 1, DateTimeOffset.UtcNow.AddMinutes(2));
        var recoveredIn = sinceCrash.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(5));

        output.WriteLine($"recovered {recoveredIn.TotalSeconds:0.0} s after the crash (invisibility timeout 10 s)");
        Assert.True(recoveredIn < TimeSpan.FromMinutes(2), $"recovered in {recoveredIn}");
        Assert.Equal(
            ["scheduler failed interrupted: the process running it stopped before the end", "scheduler-recovery succeeded "],
            await Sql.ColumnAsync(db, "SELECT trigger || ' ' || status || ' ' || coalesce(error, '') FROM ops.runs ORDER BY started_at"));
        // One job: its interrupted execution, then exactly one recovery.
        Assert.Equal(["scheduler interrupted", "scheduler-recovery succeeded"], await FiresAsync(db, "emplois-de-linclusion"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(db, "SELECT count(DISTINCT job_id) FROM ops.fires"));
        Assert.False(surviving.HasExited);
        await surviving.StopAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task ARegularSlotThatRanAfterACrash_IsTheOnlyCatchUp_TheCrashedJobIsNotRunAgain()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var emplois = await FakeEmploisServer.StartAsync();
        emplois.Faults.Enqueue(Fault.Slow(TimeSpan.FromSeconds(30)));
        // The first slot's run is killed; the second slot, 6 s later, runs on the survivor before the killed job's
        // invisibility (10 s) expires. When that job is taken again, the source has already caught up: no third run.
        var (cron, fireAt) = Slots(DateTimeOffset.UtcNow.AddSeconds(20), count: 2, spacingSeconds: 6);
        var environment = FastScheduler(db);
        environment["EMPLOIS_API_URL"] = emplois.BaseUri.ToString();
        environment["EMPLOIS_API_TOKEN"] = emplois.Token;
        environment["Schedules__emplois-de-linclusion"] = cron;
        var started = await Task.WhenAll(ServeProcess.StartAsync(environment, "serve"), ServeProcess.StartAsync(environment, "serve"));
        await using var first = started[0].Process;
        await using var second = started[1].Process;

        await WaitUntilAsync(db, "SELECT count(*) FROM ops.runs WHERE status = 'running'", 1, fireAt.AddSeconds(60));
        await WaitForSlowRequestAsync(emplois);
        var instance = (await Sql.ColumnAsync(db, "SELECT instance FROM ops.runs WHERE status = 'running'"))[0];
        var (crashing, surviving) = instance.EndsWith(":" + first.ProcessId, StringComparison.Ordinal) ? (first, second) : (second, first);
        crashing.Crash();
        Assert.True(DateTimeOffset.UtcNow < fireAt.AddSeconds(5), "the crash came too late for this test's second slot");

        await WaitUntilAsync(db, "SELECT count(*) FROM ops.fires WHERE outcome = 'superseded'", 1, DateTimeOffset.UtcNow.AddSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(
            ["scheduler failed", "scheduler succeeded"],
            await Sql.ColumnAsync(db, "SELECT trigger || ' ' || status FROM ops.runs ORDER BY started_at"));
        Assert.Equal(
            ["scheduler interrupted", "scheduler succeeded", "scheduler-recovery superseded"],
            await FiresAsync(db, "emplois-de-linclusion"));
        await surviving.StopAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task ARunLongerThanTheInvisibilityTimeout_IsNotStartedTwice_AndSlotsDueMeanwhileAreRefusedNotQueued()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var emplois = await FakeEmploisServer.StartAsync();
        // The run lasts about 20 s, five times the invisibility timeout; two more slots fall due while it runs.
        emplois.Faults.Enqueue(Fault.Slow(TimeSpan.FromSeconds(20)));
        var (cron, fireAt) = Slots(DateTimeOffset.UtcNow.AddSeconds(20), count: 3, spacingSeconds: 6);
        var environment = FastScheduler(db, invisibilityTimeout: "00:00:04");
        environment["EMPLOIS_API_URL"] = emplois.BaseUri.ToString();
        environment["EMPLOIS_API_TOKEN"] = emplois.Token;
        environment["Schedules__emplois-de-linclusion"] = cron;
        var started = await Task.WhenAll(ServeProcess.StartAsync(environment, "serve"), ServeProcess.StartAsync(environment, "serve"));
        await using var first = started[0].Process;
        await using var second = started[1].Process;

        await WaitUntilAsync(db, "SELECT count(*) FROM ops.runs WHERE status <> 'running'", 1, fireAt.AddSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Equal(["scheduler succeeded"], await Sql.ColumnAsync(db, "SELECT trigger || ' ' || status FROM ops.runs"));
        Assert.Equal(
            ["scheduler succeeded", "scheduler already-running", "scheduler already-running"],
            await Sql.ColumnAsync(db, "SELECT trigger || ' ' || outcome FROM ops.fires ORDER BY fired_at"));
        Assert.Equal(3L, await Sql.ScalarAsync<long>(db, "SELECT count(DISTINCT job_id) FROM ops.fires"));
        await Task.WhenAll(first.StopAsync(TimeSpan.FromSeconds(30)), second.StopAsync(TimeSpan.FromSeconds(30)));
    }

    /// <summary>Kill only once the run is inside the slow request, so that the slow fault is spent on the killed run.</summary>
    private static async Task WaitForSlowRequestAsync(FakeEmploisServer emplois)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!emplois.Requests.Any(r => r.Fault == FaultKind.Slow))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the run never reached the producer");
            await Task.Delay(100);
        }
    }
}
