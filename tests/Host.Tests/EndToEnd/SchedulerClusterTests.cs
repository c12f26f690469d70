using DataInclusion.Fakes.Emplois;
using DataInclusion.Host.Tests.Infrastructure;
using static DataInclusion.Host.Tests.EndToEnd.SchedulerTestSupport;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Several <c>serve</c> processes on one database share the Hangfire job storage: each due run happens once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchedulerClusterTests(PostgresFixture postgres)
{
    [Fact]
    public async Task TwoInstances_FireEachDueRunExactlyOnce()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var emplois = await FakeEmploisServer.StartAsync();
        // Three slots 8 s apart for demo, one for emplois: four due runs in all, counted on the workers' executions.
        var (demoCron, firstAt) = Slots(DateTimeOffset.UtcNow.AddSeconds(25), count: 3, spacingSeconds: 8);
        var environment = FastScheduler(db);
        environment["EMPLOIS_API_URL"] = emplois.BaseUri.ToString();
        environment["EMPLOIS_API_TOKEN"] = emplois.Token;
        environment["Schedules__demo"] = demoCron;
        environment["Schedules__emplois-de-linclusion"] = Slots(firstAt.AddSeconds(-1)).Cron;

        var started = await Task.WhenAll(
            ServeProcess.StartAsync(environment, "serve"),
            ServeProcess.StartAsync(environment, "serve"),
            ServeProcess.StartAsync(environment, "serve", "--no-scheduler"));
        await using var first = started[0].Process;
        await using var second = started[1].Process;
        await using var readOnly = started[2].Process;
        Assert.True(DateTimeOffset.UtcNow < firstAt, "the instances took too long to start for this test's fire times");

        await WaitUntilAsync(db, "SELECT count(*) FROM ops.runs WHERE status <> 'running'", 4, firstAt.AddSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(["scheduler succeeded", "scheduler succeeded", "scheduler succeeded"], await FiresAsync(db, "demo"));
        Assert.Equal(["scheduler succeeded"], await FiresAsync(db, "emplois-de-linclusion"));
        Assert.Equal(4L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM ops.runs WHERE trigger = 'scheduler' AND status = 'succeeded'"));
        // Both scheduling instances are Hangfire servers; the --no-scheduler one is not.
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM hangfire.server"));

        await Task.WhenAll(first.StopAsync(TimeSpan.FromSeconds(30)), second.StopAsync(TimeSpan.FromSeconds(30)), readOnly.StopAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task MissedFireTimesDuringDowntime_RunOnceAtStart()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = FastScheduler(db);
        environment["Schedules__demo"] = "0 0 4 * * ?";

        // A first start stores the daily recurring job; then it is as if the job had been created days ago and every
        // instance had been down for the last three days. Hangfire keeps the times in the job's hash (Unix milliseconds)
        // and the next execution as the job's score in the recurring-jobs set.
        var (first, _) = await ServeProcess.StartAsync(environment, "serve");
        await first.StopAsync(TimeSpan.FromSeconds(30));
        await first.DisposeAsync();
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, "SELECT count(*) FROM ops.fires WHERE source = 'demo'"));
        var createdAt = DateTimeOffset.UtcNow.AddDays(-4);
        var missed = DateTimeOffset.UtcNow.AddDays(-3);
        Assert.Equal(3, await Sql.ScalarAsync<int>(db, $"""
            WITH h AS (
                    UPDATE hangfire.hash SET value = CASE field WHEN 'CreatedAt' THEN '{createdAt.ToUnixTimeMilliseconds()}' ELSE '{missed.ToUnixTimeMilliseconds()}' END
                    WHERE key = 'recurring-job:demo' AND field IN ('CreatedAt', 'NextExecution') RETURNING 1),
                 s AS (UPDATE hangfire.set SET score = {missed.ToUnixTimeSeconds()} WHERE key = 'recurring-jobs' AND value = 'demo' RETURNING 1)
            SELECT ((SELECT count(*) FROM h) + (SELECT count(*) FROM s))::int
            """));

        var (restarted, _) = await ServeProcess.StartAsync(environment, "serve");
        await using var restartedProcess = restarted;
        await WaitUntilAsync(db, "SELECT count(*) FROM ops.runs WHERE source = 'demo' AND status <> 'running'", 1, DateTimeOffset.UtcNow.AddSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Equal(["scheduler succeeded"], await FiresAsync(db, "demo"));
        var stored = await Sql.ScalarAsync<string>(db, "SELECT value FROM hangfire.hash WHERE key = 'recurring-job:demo' AND field = 'NextExecution'");
        var next = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(stored, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(next > DateTimeOffset.UtcNow, "the recurring job did not move on to its next regular fire time");
        // `status` reads the next fire time from Hangfire's recurring job data.
        await using var status = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(1), "status", "--last", "1");
        var demoLine = status.StandardOutput.Split('\n').Single(l => l.StartsWith("| demo ", StringComparison.Ordinal));
        Assert.Contains(next.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), demoLine, StringComparison.Ordinal);
        await restarted.StopAsync(TimeSpan.FromSeconds(30));
    }
}
