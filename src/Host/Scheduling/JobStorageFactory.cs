using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;

namespace DataInclusion.Host.Scheduling;

/// <summary>Hangfire's job storage: Hangfire.PostgreSql in our own database, schema <c>hangfire</c>.</summary>
internal static class JobStorageFactory
{
    public const string SchemaName = "hangfire";

    // Any constant other than the migrator's: it only has to be the same for every instance installing the same database.
    private const long InstallLockKey = 0x4461_7461_4846_6972;

    public static PostgreSqlStorageOptions Options(SchedulerOptions scheduler) => new()
    {
        SchemaName = SchemaName,
        PrepareSchemaIfNecessary = true,
        // The default (30 min, fixed) would hand a long ingestion to another instance while it still runs; sliding, the
        // running instance keeps renewing it, and a crashed one's job is taken again soon after it stops renewing.
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = scheduler.InvisibilityTimeout,
        QueuePollInterval = scheduler.PollInterval,
        // By default a storage that cannot be reached at start is accepted in a "degraded mode" that hides the fault:
        // fail at start instead (the database answered our migrations a moment before, so this only catches real faults).
        StartupConnectionMaxRetries = 0,
        AllowDegradedModeWithoutStorage = false,
    };

    /// <summary>
    /// Creates the storage, installing or upgrading its tables if needed. Hangfire.PostgreSql's installer is not safe
    /// against itself, so instances starting together take turns.
    /// </summary>
    public static async Task<PostgreSqlStorage> CreateAsync(HostRuntime runtime, CancellationToken cancellationToken)
    {
        var options = Options(SchedulerOptions.From(runtime.Configuration));
        await using var connection = await runtime.Database.DataSource.OpenConnectionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection))
        {
            lockCommand.Parameters.Add(new() { Value = InstallLockKey });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(runtime.Database.ConnectionString, options), options);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            unlock.Parameters.Add(new() { Value = InstallLockKey });
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
