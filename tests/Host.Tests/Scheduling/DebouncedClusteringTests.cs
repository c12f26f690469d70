using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Scheduling;
using DataInclusion.Host.Tests.Infrastructure;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Npgsql;

namespace DataInclusion.Host.Tests.Scheduling;

/// <summary>Issue 9 §2: publications close together ask for one reclustering, run by one Hangfire job once they settle.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DebouncedClusteringTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset s_start = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_debounce = TimeSpan.FromMinutes(2);

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Hangfire's client, recording what would be scheduled instead of storing it.</summary>
    private sealed class RecordingJobs : IBackgroundJobClient
    {
        public List<(Job Job, IState State)> Created { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add((job, state));
            return Created.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }

    private async Task<(DebouncedClustering Debounce, ClusteringJob Job, RecordingJobs Jobs, MovableClock Clock, string Db)> CreateAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        var dataSource = NpgsqlDataSource.Create(db);
        var clock = new MovableClock(s_start);
        var jobs = new RecordingJobs();
        var debounce = new DebouncedClustering(dataSource, jobs, clock, s_debounce);
        return (debounce, new ClusteringJob(debounce, new StructureClustering(dataSource)), jobs, clock, db);
    }

    private static Task<long> ClusteringsAsync(string db) => Sql.ScalarAsync<long>(db, "SELECT count(*) FROM ops.clusterings");

    [Fact]
    public async Task TenPublicationsWithinMinutes_ScheduleOneJob_ThatClustersOnceTheyPause()
    {
        var (debounce, job, jobs, clock, db) = await CreateAsync();

        for (var i = 0; i < 10; i++)
        {
            clock.Now = s_start + TimeSpan.FromSeconds(10 * i);
            await debounce.RequestAsync(CancellationToken.None);
        }

        var scheduled = Assert.Single(jobs.Created);
        Assert.Equal(typeof(ClusteringJob), scheduled.Job.Type);
        Assert.IsType<ScheduledState>(scheduled.State);

        // Due two minutes after the last publication (03:01:30 + 2 min): the job, woken at 03:02, waits again.
        clock.Now = s_start + TimeSpan.FromMinutes(2);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(0, await ClusteringsAsync(db));
        Assert.Equal(2, jobs.Created.Count);

        clock.Now = s_start + TimeSpan.FromSeconds(90) + s_debounce;
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(1, await ClusteringsAsync(db));

        // Woken again (a duplicate wake-up, or another instance): nothing pending, nothing done.
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(1, await ClusteringsAsync(db));

        // The next publication asks again.
        await debounce.RequestAsync(CancellationToken.None);
        Assert.Equal(3, jobs.Created.Count);
    }

    [Fact]
    public async Task SteadyPublications_CannotPostponeClusteringForEver()
    {
        var (debounce, job, _, clock, db) = await CreateAsync();
        for (var minute = 0; minute <= 8; minute++)
        {
            clock.Now = s_start + TimeSpan.FromMinutes(minute);
            await debounce.RequestAsync(CancellationToken.None);
        }

        // The last request is fresh, but the first is MaxDelayFactor × debounce old.
        await job.RunAsync(CancellationToken.None);

        Assert.Equal(1, await ClusteringsAsync(db));
    }

    [Fact]
    public async Task SourceRunner_UnderAJobServer_AsksForTheDebouncedJob_InsteadOfClusteringInline()
    {
        var db = await postgres.CreateDatabaseAsync();
        var dataSource = NpgsqlDataSource.Create(db);
        var jobs = new RecordingJobs();
        var harness = await Pipeline.RunnerHarness.CreateAsync(postgres, debouncedClustering: _ => new DebouncedClustering(dataSource, jobs, TimeProvider.System, s_debounce), database: db);
        harness.Connector.StructuresJson = Pipeline.RunnerHarness.Structures(3);

        await harness.RunAsync();
        await harness.RunAsync();

        Assert.Equal(0, await ClusteringsAsync(db));
        Assert.Single(jobs.Created);
        Assert.True(await Sql.ScalarAsync<bool>(db, "SELECT pending FROM ops.clustering_debounce"));
    }
}
