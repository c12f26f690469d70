using DataInclusion.Fakes;
using DataInclusion.Fakes.Emplois;
using DataInclusion.Host.Tests.Infrastructure;
using static DataInclusion.Host.Tests.EndToEnd.SchedulerTestSupport;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>
/// Two scheduling <c>serve</c> instances on one database, with emplois-de-linclusion due at a few slots and its first
/// request held by the fake producer for a while: the stage of the crash and long-run tests.
/// </summary>
internal sealed class SlowEmploisCluster : IAsyncDisposable
{
    private SlowEmploisCluster(string db, FakeEmploisServer emplois, CliProcess first, CliProcess second, DateTimeOffset firstSlot)
    {
        Db = db;
        Emplois = emplois;
        First = first;
        Second = second;
        FirstSlot = firstSlot;
    }

    public string Db { get; }

    public FakeEmploisServer Emplois { get; }

    public CliProcess First { get; }

    public CliProcess Second { get; }

    public DateTimeOffset FirstSlot { get; }

    public static async Task<SlowEmploisCluster> StartAsync(
        PostgresFixture postgres, TimeSpan slowFor, int slots = 1, int spacingSeconds = 1, string invisibilityTimeout = "00:00:10")
    {
        var db = await postgres.CreateDatabaseAsync();
        var emplois = await FakeEmploisServer.StartAsync();
        emplois.Faults.Enqueue(Fault.Slow(slowFor));
        var (cron, firstSlot) = Slots(DateTimeOffset.UtcNow.AddSeconds(20), slots, spacingSeconds);
        var environment = FastScheduler(db, invisibilityTimeout);
        environment["EMPLOIS_API_URL"] = emplois.BaseUri.ToString();
        environment["EMPLOIS_API_TOKEN"] = emplois.Token;
        environment["Schedules__emplois-de-linclusion"] = cron;
        var started = await Task.WhenAll(ServeProcess.StartAsync(environment, "serve"), ServeProcess.StartAsync(environment, "serve"));
        return new SlowEmploisCluster(db, emplois, started[0].Process, started[1].Process, firstSlot);
    }

    /// <summary>
    /// Kills (SIGKILL) the instance running the source, once its run is inside the slow request so that the slow fault is
    /// spent on the killed run; returns the surviving instance.
    /// </summary>
    public async Task<CliProcess> CrashTheRunningInstanceAsync()
    {
        await WaitUntilAsync(Db, "SELECT count(*) FROM ops.runs WHERE status = 'running'", 1, FirstSlot.AddSeconds(60));
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!Emplois.Requests.Any(r => r.Fault == FaultKind.Slow))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the run never reached the producer");
            await Task.Delay(100);
        }

        var instance = (await Sql.ColumnAsync(Db, "SELECT instance FROM ops.runs WHERE status = 'running'"))[0];
        var (crashing, surviving) = instance.EndsWith(":" + First.ProcessId, StringComparison.Ordinal) ? (First, Second) : (Second, First);
        crashing.Crash();
        return surviving;
    }

    public async Task StopAsync()
    {
        var alive = new[] { First, Second }.Where(p => !p.HasExited).Select(p => p.StopAsync(TimeSpan.FromSeconds(30)));
        await Task.WhenAll(alive);
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Emplois.DisposeAsync();
    }
}
