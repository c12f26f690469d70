using DataInclusion.Host.Producers;
using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Web.Producers;

/// <summary>A submission as the API returns it: status, counts of its run, error and the grouped validation report.</summary>
internal static class SubmissionJson
{
    public static object Describe(SubmissionRecord submission, IReadOnlyList<IssueGroup> groups) => new
    {
        id = submission.Id,
        producer = submission.Producer,
        status = submission.Status,
        receivedAt = submission.ReceivedAt,
        finishedAt = submission.FinishedAt,
        runId = submission.RunId,
        bytes = submission.Bytes,
        error = submission.Error,
        files = submission.Files.Select(f => new { stream = f.Stream, fileName = f.FileName, mediaType = f.MediaType }),
        counts = submission.Counts is { } counts
            ? new { fetched = counts.Fetched, valid = counts.Valid, invalid = counts.Invalid, published = counts.Published }
            : null,
        report = groups.Select(g => new
        {
            field = g.Field, code = g.Code, severity = g.Severity, count = g.Count, message = g.ExampleMessage, recordIds = g.SampleRecordIds,
        }),
    };
}
