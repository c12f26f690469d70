using System.Collections.Concurrent;
using System.Security.Cryptography;
using DataInclusion.Normalize.Validation;

namespace DataInclusion.Host.Validation;

/// <summary>
/// Keeps each page report (and the workbook it annotates) for a while under an unguessable id, so its downloads work
/// without JavaScript and without sending the file again. Memory only, bounded in bytes and time: a restart, or another
/// instance behind a load balancer, answers 404 and the producer validates again.
/// </summary>
internal sealed class ReportStore(ValidatorOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, StoredReport> _reports = new(StringComparer.Ordinal);

    public string Add(ValidationReport report, IReadOnlyList<ValidationInput> inputs)
    {
        Evict();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var workbooks = inputs.Where(i => i.MediaType == Sources.V1Feed.FeedFormat.Xlsx && report.Files.Any(f => f.File == i.FileName && f.Sheet is not null)).ToList();
        _reports[id] = new StoredReport(report, workbooks, time.GetUtcNow() + options.ReportLifetime, workbooks.Sum(w => (long)w.Content.Length) + (report.Findings.Count * 512L));
        return id;
    }

    public StoredReport? Find(string id) =>
        _reports.TryGetValue(id, out var stored) && stored.ExpiresAt > time.GetUtcNow() ? stored : null;

    private void Evict()
    {
        var now = time.GetUtcNow();
        foreach (var (id, stored) in _reports.Where(r => r.Value.ExpiresAt <= now).ToList())
        {
            _reports.TryRemove(id, out _);
        }

        foreach (var (id, _) in _reports.OrderBy(r => r.Value.ExpiresAt).ToList())
        {
            if (_reports.Values.Sum(r => r.Bytes) <= options.ReportStoreBytes)
            {
                break;
            }

            _reports.TryRemove(id, out _);
        }
    }
}

/// <summary>A report kept for download, with the workbooks it can annotate.</summary>
internal sealed record StoredReport(ValidationReport Report, IReadOnlyList<ValidationInput> Workbooks, DateTimeOffset ExpiresAt, long Bytes);
