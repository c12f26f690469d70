using DataInclusion.Host.OpenData;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>The debounced export: publications record one request; the job exports once it has been quiet long enough.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OpenDataExportJobTests(PostgresFixture postgres)
{
    private static readonly OpenDataOptions s_options = new() { Debounce = TimeSpan.FromMinutes(5), MaxWait = TimeSpan.FromMinutes(30) };

    [Fact]
    public async Task TenPublicationsWithinMinutes_MakeOneExport_WhenTheyHaveBeenQuietForTheDebounce()
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres, s_options);
        var jobs = new RecordingJobClient();
        var (scheduler, job) = Create(fixture, jobs);

        // Ten publications, each through the trigger on ops.runs (the publication's own transaction).
        for (var i = 0; i < 10; i++)
        {
            await PublishAsync(fixture.Db, $"source-{i}");
        }

        var request = (await scheduler.Requests.ReadAsync(CancellationToken.None))!;
        Assert.Null(request.JobId);

        // The watcher hands it to one job, due Debounce after the last publication; a second look adds none.
        var jobId = await scheduler.WatchAsync(CancellationToken.None);
        Assert.NotNull(jobId);
        Assert.Null(await scheduler.WatchAsync(CancellationToken.None));
        Assert.Equal((request.LastRequestedAt + s_options.Debounce).UtcDateTime, jobs.Created.Single().EnqueueAt);

        // A publication while it waits: the job, run at its old due time, moves itself to the new one and exports nothing.
        await PublishAsync(fixture.Db, "late-source");
        var moved = (await scheduler.Requests.ReadAsync(CancellationToken.None))!;
        fixture.Time.Now = request.LastRequestedAt + s_options.Debounce;
        Assert.Null(await job.ExecuteAsync(jobId, CancellationToken.None));
        Assert.Equal(0, fixture.Exporter.Calls);
        var next = jobs.Created.Last();
        Assert.Equal((moved.LastRequestedAt + s_options.Debounce).UtcDateTime, next.EnqueueAt);

        // Quiet long enough: one export, the request consumed; the stale first job (if Hangfire ran it again) does nothing.
        fixture.Time.Now = moved.LastRequestedAt + s_options.Debounce;
        Assert.NotNull(await job.ExecuteAsync(next.Id, CancellationToken.None));
        Assert.Null(await job.ExecuteAsync(jobId, CancellationToken.None));
        Assert.Equal(1, fixture.Exporter.Calls);
        Assert.Null(await scheduler.Requests.ReadAsync(CancellationToken.None));
        Assert.Equal(["publication"], await Sql.ColumnAsync(fixture.Db, "SELECT trigger FROM ops.opendata_exports"));
    }

    [Fact]
    public async Task PublicationsThatNeverStop_AreExportedMaxWaitAfterTheFirst()
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres, s_options);
        var (scheduler, job) = Create(fixture, new RecordingJobClient());
        var first = new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);
        for (var minute = 0; minute <= 40; minute += 4)
        {
            await scheduler.Requests.RequestAsync(first.AddMinutes(minute), CancellationToken.None);
        }

        fixture.Time.Now = first + s_options.MaxWait;
        Assert.NotNull(await job.ExecuteAsync(null, CancellationToken.None));
        Assert.Equal(1, fixture.Exporter.Calls);
    }

    [Fact]
    public async Task AWatchedJobThatNoLongerExists_IsReplaced()
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres, s_options);
        var jobs = new RecordingJobClient();
        var (scheduler, _) = Create(fixture, jobs);
        await PublishAsync(fixture.Db, "demo");
        var first = await scheduler.WatchAsync(CancellationToken.None);

        jobs.Deleted.Add(first!); // an operator deleted it on the dashboard
        var second = await scheduler.WatchAsync(CancellationToken.None);

        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.Equal(second, (await scheduler.Requests.ReadAsync(CancellationToken.None))!.JobId);
    }

    [Fact]
    public async Task ARealPublication_RecordsTheExportRequest_AFailedRunDoesNot()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = "[]";
        Assert.Equal(Host.Pipeline.SourceRunStatus.Failed, (await harness.RunAsync()).Status);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM ops.opendata_export_request"));

        harness.Connector.StructuresJson = RunnerHarness.Structures(2);
        Assert.Equal(Host.Pipeline.SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM ops.opendata_export_request"));
    }

    private static (OpenDataExportScheduler Scheduler, OpenDataExportJob Job) Create(OpenDataFixture fixture, RecordingJobClient jobs)
    {
        var scheduler = new OpenDataExportScheduler(
            new OpenDataExportRequests(fixture.DataSource), jobs, fixture.Options, id => jobs.Pending.Contains(id), NullLogger.Instance);
        return (scheduler, new OpenDataExportJob(scheduler, fixture.Builder, fixture.Time));
    }

    /// <summary>What a publication does to ops.runs: a run recorded running, then succeeded.</summary>
    private static async Task PublishAsync(string db, string source)
    {
        var runId = Guid.NewGuid();
        await Sql.ScalarAsync<Guid>(db, $"INSERT INTO ops.runs (id, source, started_at, status) VALUES ('{runId}', '{source}', now(), 'running') RETURNING id");
        await Sql.ScalarAsync<Guid>(db, $"UPDATE ops.runs SET status = 'succeeded', ended_at = now() WHERE id = '{runId}' RETURNING id");
    }
}
