using Hangfire;
using Hangfire.Storage;

namespace DataInclusion.Host.Scheduling;

/// <summary>Each source's next fire time, from Hangfire's recurring job data: no running scheduler needed.</summary>
internal static class NextFireTimes
{
    public static IReadOnlyDictionary<string, DateTimeOffset> Read(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs()
            .Where(j => j.NextExecution is not null)
            .ToDictionary(j => j.Id, j => new DateTimeOffset(DateTime.SpecifyKind(j.NextExecution!.Value, DateTimeKind.Utc)), StringComparer.Ordinal);
    }
}
