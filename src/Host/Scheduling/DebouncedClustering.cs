using Hangfire;
using Npgsql;

namespace DataInclusion.Host.Scheduling;

/// <summary>
/// Reclustering after publication as one debounced Hangfire job (issue 9 §2): each publication asks for it; the job
/// runs once <see cref="Debounce"/> has passed without another request (ten sources publishing within minutes → one
/// clustering), or at the latest <see cref="MaxDelayFactor"/> × <see cref="Debounce"/> after the first request, so a
/// steady flow of publications cannot postpone it for ever. State in <c>ops.clustering_debounce</c> (migration 0086),
/// shared by every instance.
/// </summary>
internal sealed class DebouncedClustering(NpgsqlDataSource dataSource, IBackgroundJobClient jobs, TimeProvider time, TimeSpan debounce)
{
    public const int MaxDelayFactor = 4;

    public TimeSpan Debounce => debounce;

    /// <summary>Records a request; schedules the job only when none is pending.</summary>
    public async Task RequestAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var wasPending = await ScalarAsync<bool>(connection, "SELECT pending FROM ops.clustering_debounce WHERE id = 1 FOR UPDATE", null, cancellationToken);
        await ExecuteAsync(connection, """
            UPDATE ops.clustering_debounce SET pending = true, requested_at = $1,
                first_requested_at = CASE WHEN pending THEN first_requested_at ELSE $1 END
            WHERE id = 1
            """, now, cancellationToken);
        if (!wasPending)
        {
            jobs.Schedule<ClusteringJob>(job => job.RunAsync(CancellationToken.None), debounce);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Called by the job: true when it should cluster now (the request is cleared); otherwise the job is scheduled
    /// again for when the quiet period ends, and false.
    /// </summary>
    public async Task<bool> TakeDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT pending, first_requested_at, requested_at FROM ops.clustering_debounce WHERE id = 1 FOR UPDATE", connection);
        DateTimeOffset first, last;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            if (!reader.GetBoolean(0))
            {
                return false; // another instance's job already took it
            }

            first = reader.GetFieldValue<DateTimeOffset>(1);
            last = reader.GetFieldValue<DateTimeOffset>(2);
        }

        var due = Min(last + debounce, first + (debounce * MaxDelayFactor));
        var now = time.GetUtcNow();
        if (now < due)
        {
            jobs.Schedule<ClusteringJob>(job => job.RunAsync(CancellationToken.None), due - now);
            await transaction.CommitAsync(cancellationToken);
            return false;
        }

        await ExecuteAsync(connection, "UPDATE ops.clustering_debounce SET pending = false WHERE id = 1", null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, object? parameter, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new() { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, object? parameter, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new() { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
