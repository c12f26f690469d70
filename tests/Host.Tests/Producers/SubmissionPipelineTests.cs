using System.Text;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Scheduling;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Fakes;
using DataInclusion.Fakes.V1Feed;
using DataInclusion.Host.Tests.Pipeline;
using DataInclusion.Host.Web.Producers;
using DataInclusion.Sources.V1Feed;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.Producers;

/// <summary>A pushed submission goes through the one runner: raw layer, validation, the gates, atomic publication.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SubmissionPipelineTests(PostgresFixture postgres)
{
    private const string Slug = "reseau-35";

    [Fact]
    public async Task ValidFile_IsStoredRaw_AndPublishedAsTheProducersSource_AndLeavesTheStagingTable()
    {
        var (harness, submissions, job) = await CreateAsync();

        var id = await SubmitAsync(submissions, RunnerHarness.Structures(3));
        await job.RunAsync(id, CancellationToken.None);

        var submission = (await submissions.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(SubmissionStatus.Succeeded, submission.Status);
        Assert.Equal(3, submission.Counts!.Published);
        Assert.Equal(3L, await Sql.ScalarAsync<long>(harness.Db, $"SELECT count(*) FROM marts.structures WHERE source = '{Slug}'"));
        Assert.Equal($"submission:{id}/structures", await Sql.ScalarAsync<string>(harness.Db, $"SELECT url FROM raw.payloads WHERE run_id = '{submission.RunId}'"));
        Assert.Equal("push", await Sql.ScalarAsync<string>(harness.Db, $"SELECT trigger FROM ops.runs WHERE id = '{submission.RunId}'"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM ops.submission_payloads WHERE content IS NOT NULL"));
    }

    [Fact]
    public async Task FileLevelError_FailsTheSubmission_AndKeepsThePreviousPublication()
    {
        var (harness, submissions, job) = await CreateAsync();
        await job.RunAsync(await SubmitAsync(submissions, RunnerHarness.Structures(3)), CancellationToken.None);

        var cut = await SubmitAsync(submissions, """[{"id": "s1", "nom": "Coupé""");
        await job.RunAsync(cut, CancellationToken.None);

        var submission = (await submissions.GetAsync(cut, CancellationToken.None))!;
        Assert.Equal(SubmissionStatus.Failed, submission.Status);
        Assert.Contains("not valid JSON", submission.Error, StringComparison.Ordinal);
        Assert.Equal(3L, await Sql.ScalarAsync<long>(harness.Db, $"SELECT count(*) FROM marts.structures WHERE source = '{Slug}'"));
    }

    [Fact]
    public async Task InvalidShareAboveTheThreshold_IsRefusedByTheGate_AndReportedWithItsFindings()
    {
        var (harness, submissions, job) = await CreateAsync();
        await job.RunAsync(await SubmitAsync(submissions, RunnerHarness.Structures(4)), CancellationToken.None);

        // One valid record out of ten: 90 % invalid against 0 % at the last publication.
        var mostlyInvalid = "[" + string.Join(",", Enumerable.Range(1, 9).Select(i => $$"""{"id": "bad{{i}}"}""")) + ","
            + RunnerHarness.Structures(1, "ok")[1..];
        var id = await SubmitAsync(submissions, mostlyInvalid);
        await job.RunAsync(id, CancellationToken.None);

        var submission = (await submissions.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(SubmissionStatus.Failed, submission.Status);
        Assert.Contains("Pipeline__MaxInvalidShare", submission.Error, StringComparison.Ordinal);
        Assert.Equal(9, submission.Counts!.Invalid);
        await using var dataSource = NpgsqlDataSource.Create(harness.Db);
        var report = await new Host.Storage.ValidationReportStore(dataSource).RunGroupsAsync(submission.RunId!.Value, CancellationToken.None);
        Assert.Contains(report, g => g.Field == "nom" && g.Severity == "error" && g.Count == 9);
        Assert.Equal(4L, await Sql.ScalarAsync<long>(harness.Db, $"SELECT count(*) FROM marts.structures WHERE source = '{Slug}'"));
    }

    [Fact]
    public async Task SameIdempotencyKey_IsTheSameSubmission_AndARedeliveredJobDoesNotRunAgain()
    {
        var (harness, submissions, job) = await CreateAsync();
        var files = new[] { new SubmittedFile("structures", "a.json", FeedFormat.Json, Encoding.UTF8.GetBytes(RunnerHarness.Structures(2))) };

        var (first, created) = await submissions.CreateAsync(Slug, "key-1", files, CancellationToken.None);
        var (again, createdAgain) = await submissions.CreateAsync(Slug, "key-1", files, CancellationToken.None);
        await job.RunAsync(first, CancellationToken.None);
        await job.RunAsync(first, CancellationToken.None);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first, again);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM ops.submissions"));
        Assert.Equal(1L, await Sql.ScalarAsync<long>(harness.Db, $"SELECT count(*) FROM ops.runs WHERE source = '{Slug}'"));
    }

    [Fact]
    public async Task AClasseurUploadedAsFile_IsReadAsTheWorkbookStream_AndPublished()
    {
        var (harness, submissions, job) = await CreateAsync();
        var workbook = XlsxWriter.Write(FakeFeedServer.SampleStructures, "Structures");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(workbook), "file", "mon classeur.xlsx" } };
        var body = await form.ReadAsByteArrayAsync();
        var context = new DefaultHttpContext();
        context.Request.ContentType = form.Headers.ContentType!.ToString();
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body);

        var (files, refusal) = await SubmissionReader.ReadAsync(context.Request, 1_000_000, CancellationToken.None);
        Assert.Null(refusal);
        var (id, _) = await submissions.CreateAsync(Slug, null, files, CancellationToken.None);
        await job.RunAsync(id, CancellationToken.None);

        var submission = (await submissions.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(SubmissionStatus.Succeeded, submission.Status);
        Assert.Equal([new SubmittedFileInfo("classeur", "mon classeur.xlsx", FeedFormat.Xlsx)], submission.Files);
        Assert.Equal((long)FakeFeedServer.SampleStructures.Count, await Sql.ScalarAsync<long>(harness.Db, $"SELECT count(*) FROM marts.structures WHERE source = '{Slug}'"));
    }

    [Theory]
    [InlineData("billion-laughs", "DTD")] // a finding on the document: « l'élément … déclare une DTD … »
    [InlineData("zip-magic-then-garbage", "archive zip valide")] // a finding: the zip cannot be opened
    [InlineData("not-a-zip", "not a zip archive")] // refused before reading: the submission's own error
    public async Task AMalformedOrHostileWorkbook_FailsTheSubmission_WithAClearMessage_AndKeepsThePreviousPublication(string kind, string expected)
    {
        var (harness, submissions, job) = await CreateAsync();
        await job.RunAsync(await SubmitAsync(submissions, RunnerHarness.Structures(3)), CancellationToken.None);
        var workbook = kind switch
        {
            "billion-laughs" => Validation.ValidatorFiles.BillionLaughs(),
            "zip-magic-then-garbage" => [.. "PK\u0003\u0004"u8, .. Encoding.UTF8.GetBytes(new string('x', 200))],
            _ => Encoding.UTF8.GetBytes("ceci n'est pas un classeur"),
        };

        var (id, _) = await submissions.CreateAsync(Slug, null, [new SubmittedFile("classeur", "classeur.xlsx", FeedFormat.Xlsx, workbook)], CancellationToken.None);
        await job.RunAsync(id, CancellationToken.None);

        var submission = (await submissions.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(SubmissionStatus.Failed, submission.Status);
        var messages = new List<string> { submission.Error ?? string.Empty };
        if (submission.RunId is { } runId)
        {
            await using var dataSource = NpgsqlDataSource.Create(harness.Db);
            var report = await new Host.Storage.ValidationReportStore(dataSource).RunGroupsAsync(runId, CancellationToken.None);
            messages.AddRange(report.Where(g => g.Code == "document.illisible").Select(g => g.ExampleMessage));
        }

        Assert.Contains(messages, m => m.Contains(expected, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(3L, await Sql.ScalarAsync<long>(harness.Db, $"SELECT count(*) FROM marts.structures WHERE source = '{Slug}'"));
    }

    private async Task<(RunnerHarness Harness, SubmissionStore Submissions, SubmissionJob Job)> CreateAsync()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        var dataSource = NpgsqlDataSource.Create(harness.Db);
        await new ProducerAdmin(new ProducerStore(dataSource, TimeProvider.System)).AddAsync(Slug, "Réseau 35", null, false, CancellationToken.None);
        var submissions = new SubmissionStore(dataSource, TimeProvider.System);
        var job = new SubmissionJob(harness.Runner, new SourceCatalog(dataSource, TimeProvider.System), submissions, NullLogger<SubmissionJob>.Instance);
        return (harness, submissions, job);
    }

    private static async Task<Guid> SubmitAsync(SubmissionStore submissions, string structures) =>
        (await submissions.CreateAsync(Slug, null, [new SubmittedFile("structures", "structures.json", FeedFormat.Json, Encoding.UTF8.GetBytes(structures))], CancellationToken.None)).Id;
}
