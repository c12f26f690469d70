using Npgsql;

namespace DataInclusion.Host.Scheduling;

/// <summary>Reads each source's next fire time straight from the scheduler's tables: no scheduler instance needed.</summary>
internal static class NextFireTimes
{
    public static async Task<IReadOnlyDictionary<string, DateTimeOffset>> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT trigger_name, next_fire_time FROM scheduler.qrtz_triggers
            WHERE sched_name = $1 AND trigger_group = $2 AND next_fire_time IS NOT NULL
            """);
        command.Parameters.Add(new() { Value = SourceScheduler.SchedulerName });
        command.Parameters.Add(new() { Value = SourceJob.Group });
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Quartz.NET stores times as UTC ticks.
            times[reader.GetString(0)] = new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero);
        }

        return times;
    }
}
