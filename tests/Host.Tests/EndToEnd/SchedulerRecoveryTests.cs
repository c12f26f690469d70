using System.Diagnostics;
using DataInclusion.Host.Tests.Infrastructure;
using Xunit.Abstractions;
using static DataInclusion.Host.Tests.EndToEnd.SchedulerTestSupport;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Crashes and long runs: a run is never lost, never started twice, never caught up more than once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchedulerRecoveryTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task AnInstanceKilledMidRun_HasItsRunRecordedFailed_AndRunOnceMoreByAnotherWithinTwoMinutes()
    {
        await using var cluster = await SlowEmploisCluster.StartAsync(postgres, TimeSpan.FromSeconds(30));

        var surviving = await cluster.CrashTheRunningInstanceAsync();
        var sinceCrash = Stopwatch.StartNew();
        await WaitUntilAsync(cluster.Db, "SELECT count(*) FROM ops.runs WHERE status = 'succeeded'", 1, DateTimeOffset.UtcNow.AddMinutes(2));
        var recoveredIn = sinceCrash.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(5));

        output.WriteLine($"recovered {recoveredIn.TotalSeconds:0.0} s after the crash (invisibility timeout 10 s)");
        Assert.True(recoveredIn < TimeSpan.FromMinutes(2), $"recovered in {recoveredIn}");
        Assert.Equal(
            ["scheduler failed interrupted: the process running it stopped before the end", "scheduler-recovery succeeded "],
            await Sql.ColumnAsync(cluster.Db, "SELECT trigger || ' ' || status || ' ' || coalesce(error, '') FROM ops.runs ORDER BY started_at"));
        // One job: its interrupted execution, then exactly one recovery.
        Assert.Equal(["scheduler interrupted", "scheduler-recovery succeeded"], await FiresAsync(cluster.Db, "emplois-de-linclusion"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(cluster.Db, "SELECT count(DISTINCT job_id) FROM ops.fires"));
        Assert.False(surviving.HasExited);
        await cluster.StopAsync();
    }

    [Fact]
    public async Task ARegularSlotThatRanAfterACrash_IsTheOnlyCatchUp_TheCrashedJobIsNotRunAgain()
    {
        // The first slot's run is killed; the second slot, 6 s later, runs on the survivor before the killed job's
        // invisibility (10 s) expires. When that job is taken again, the source has already caught up: no third run.
        await using var cluster = await SlowEmploisCluster.StartAsync(postgres, TimeSpan.FromSeconds(30), slots: 2, spacingSeconds: 6);

        await cluster.CrashTheRunningInstanceAsync();
        Assert.True(DateTimeOffset.UtcNow < cluster.FirstSlot.AddSeconds(5), "the crash came too late for this test's second slot");
        await WaitUntilAsync(cluster.Db, "SELECT count(*) FROM ops.fires WHERE outcome = 'superseded'", 1, DateTimeOffset.UtcNow.AddSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(
            ["scheduler failed", "scheduler succeeded"],
            await Sql.ColumnAsync(cluster.Db, "SELECT trigger || ' ' || status FROM ops.runs ORDER BY started_at"));
        Assert.Equal(
            ["scheduler interrupted", "scheduler succeeded", "scheduler-recovery superseded"],
            await FiresAsync(cluster.Db, "emplois-de-linclusion"));
        await cluster.StopAsync();
    }

    [Fact]
    public async Task ARunLongerThanTheInvisibilityTimeout_IsNotStartedTwice_AndSlotsDueMeanwhileAreRefusedNotQueued()
    {
        // The run lasts about 20 s, five times the invisibility timeout; two more slots fall due while it runs.
        await using var cluster = await SlowEmploisCluster.StartAsync(
            postgres, TimeSpan.FromSeconds(20), slots: 3, spacingSeconds: 6, invisibilityTimeout: "00:00:04");

        await WaitUntilAsync(cluster.Db, "SELECT count(*) FROM ops.runs WHERE status <> 'running'", 1, cluster.FirstSlot.AddSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Equal(["scheduler succeeded"], await Sql.ColumnAsync(cluster.Db, "SELECT trigger || ' ' || status FROM ops.runs"));
        Assert.Equal(
            ["scheduler succeeded", "scheduler already-running", "scheduler already-running"],
            await FiresAsync(cluster.Db, "emplois-de-linclusion"));
        Assert.Equal(3L, await Sql.ScalarAsync<long>(cluster.Db, "SELECT count(DISTINCT job_id) FROM ops.fires"));
        await cluster.StopAsync();
    }
}
