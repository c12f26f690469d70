using DataInclusion.Fakes.V1Feed;
using DataInclusion.Host.Tests.Infrastructure;
using static DataInclusion.Host.Tests.EndToEnd.ProducerHttp;
using static DataInclusion.Host.Tests.EndToEnd.SchedulerTestSupport;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Issue 11 §2, done when: a feed registered for a producer is pulled on its schedule, like a built-in source.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ProducerPullTests(PostgresFixture postgres)
{
    private const string Slug = "asso-44";

    [Fact]
    public async Task AFeedRegisteredWhileServing_IsPulledOnItsSchedule_AndTheSourceShowsInStatus()
    {
        await using var feed = await FakeFeedServer.StartAsync();
        var db = await postgres.CreateDatabaseAsync();
        var environment = FastScheduler(db);
        await AddAsync(environment, Slug);
        var (serve, _) = await ServeProcess.StartAsync(environment, "serve");
        await using var _ = serve;
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, $"SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs' AND value = '{Slug}'"));

        // The CLI starts in a few seconds; the slot leaves it time to register before the fire.
        var (cron, firstAt) = Slots(DateTimeOffset.UtcNow.AddSeconds(25));
        await using (var register = await CliProcess.RunAsync(environment, CliTimeout, "producers", "feed", Slug,
            "--structures", new Uri(feed.BaseUri, "/feeds/structures.json").ToString(),
            "--services", new Uri(feed.BaseUri, "/feeds/services.csv").ToString(),
            "--cron", cron))
        {
            Assert.True(register.ExitCode == 0, register.ToString());
            Assert.True(DateTimeOffset.UtcNow < firstAt, $"registered after the slot ({firstAt:O}): lengthen the delay");
        }

        await WaitUntilAsync(db, $"SELECT count(*) FROM ops.fires WHERE source = '{Slug}' AND outcome IS NOT NULL AND outcome <> 'started'", 1, firstAt.AddSeconds(60));
        Assert.Equal(["scheduler succeeded"], await FiresAsync(db, Slug));
        var firedAt = await Sql.ScalarAsync<DateTime>(db, $"SELECT fired_at FROM ops.fires WHERE source = '{Slug}'");
        Assert.True(new DateTimeOffset(firedAt, TimeSpan.Zero) >= firstAt.AddSeconds(-1), $"fired at {firedAt:O}, before its slot {firstAt:O}");
        Assert.Equal(FakeFeedServer.SampleStructures.Count, await Sql.ScalarAsync<long>(db, $"SELECT count(*) FROM marts.structures WHERE source = '{Slug}'"));
        Assert.Contains(feed.Requests, r => r.Path == "/feeds/services.csv");
        Assert.Equal(2L, await Sql.ScalarAsync<long>(db,
            $"SELECT count(*) FROM raw.payloads WHERE source = '{Slug}' AND url LIKE '{feed.BaseUri.ToString().TrimEnd('/')}%'"));

        await using var status = await CliProcess.RunAsync(environment, CliTimeout, "status");
        var line = status.StandardOutput.Split('\n').Single(l => l.Contains(Slug, StringComparison.Ordinal));
        Assert.Contains("succeeded", line, StringComparison.Ordinal);
        await using var list = await CliProcess.RunAsync(environment, CliTimeout, "producers", "list");
        Assert.Contains(Slug, list.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("/feeds/services.csv", list.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(cron, list.StandardOutput, StringComparison.Ordinal);
        await serve.StopAsync(TimeSpan.FromSeconds(30));
    }
}
