using System.Text;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Scheduling;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Sources.V1Feed;
using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.States;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.Scheduling;

/// <summary>
/// A submission whose job Hangfire gives up on ends <c>failed</c> with the reason (it stayed <c>queued</c> forever):
/// on the real job storage, through the state machine with <see cref="SubmissionJob"/>'s retry attribute.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SubmissionAbandonmentTests(PostgresFixture postgres)
{
    private const string Deferred = "submission deferred: reseau-35 is already running";

    [Fact]
    public async Task ASubmissionJob_ThatSpentItsRetries_EndsItsSubmissionFailed_WithAReasonTheProducerReads()
    {
        var (db, storage, submissions, id) = await CreateAsync();
        var client = Client(storage, submissions);
        var jobId = client.Create(Job.FromExpression<SubmissionJob>(job => job.RunAsync(id, CancellationToken.None)), new EnqueuedState());

        // A failure with retries left is rescheduled: the submission waits, still queued.
        client.ChangeState(jobId, new FailedState(new InvalidOperationException(Deferred)));
        Assert.Equal(SubmissionStatus.Queued, (await submissions.GetAsync(id, CancellationToken.None))!.Status);

        using (var connection = storage.GetConnection())
        {
            connection.SetJobParameter(jobId, "RetryCount", SubmissionJob.Retries.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        client.ChangeState(jobId, new FailedState(new InvalidOperationException(Deferred)));

        var submission = (await submissions.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(SubmissionStatus.Failed, submission.Status);
        Assert.Equal($"abandoned after 11 attempts: {Deferred}", submission.Error);
        Assert.NotNull(submission.FinishedAt);
        // Nothing will read its files again.
        Assert.Equal(0L, await Sql.ScalarAsync<long>(db, $"SELECT count(*) FROM ops.submission_payloads WHERE submission_id = '{id}' AND content IS NOT NULL"));
    }

    [Fact]
    public async Task AFinishedSubmission_IsNotOverwritten_WhenItsJobFailsAfterwards()
    {
        var (_, storage, submissions, id) = await CreateAsync();
        await submissions.FinishAsync(id, SubmissionStatus.Succeeded, null, null, CancellationToken.None);
        var client = Client(storage, submissions);
        var jobId = client.Create(Job.FromExpression<SubmissionJob>(job => job.RunAsync(id, CancellationToken.None)), new EnqueuedState());
        using (var connection = storage.GetConnection())
        {
            connection.SetJobParameter(jobId, "RetryCount", SubmissionJob.Retries.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        client.ChangeState(jobId, new FailedState(new InvalidOperationException("late fault")));

        var submission = (await submissions.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(SubmissionStatus.Succeeded, submission.Status);
        Assert.Null(submission.Error);
    }

    // The job type's own filters (its AutomaticRetry) and the abandonment, as a job-running instance has them.
    private static BackgroundJobClient Client(JobStorage storage, SubmissionStore submissions) =>
        new(storage, new JobFilterProviderCollection(
            new JobFilterAttributeFilterProvider(),
            new JobFilterCollection { new SubmissionAbandonment(submissions, NullLogger<SubmissionAbandonment>.Instance) }));

    private async Task<(string Db, JobStorage Storage, SubmissionStore Submissions, Guid Id)> CreateAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        var dataSource = NpgsqlDataSource.Create(db);
        await new ProducerAdmin(new ProducerStore(dataSource, TimeProvider.System)).AddAsync("reseau-35", "Réseau 35", null, false, CancellationToken.None);
        var submissions = new SubmissionStore(dataSource, TimeProvider.System);
        var (id, _) = await submissions.CreateAsync("reseau-35", null,
            [new SubmittedFile("structures", "structures.json", FeedFormat.Json, Encoding.UTF8.GetBytes("[]"))], CancellationToken.None);
        var options = JobStorageFactory.Options(new SchedulerOptions());
        return (db, new PostgreSqlStorage(new NpgsqlConnectionFactory(db, options), options), submissions, id);
    }
}
