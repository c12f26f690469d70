using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// A PostgreSQL session advisory lock per source, held for the length of a run: whoever starts a run (scheduler on any
/// instance, or the CLI) is alone on that source. The server frees it when the session ends, so a crashed process frees it.
/// </summary>
internal sealed class SourceLock : IAsyncDisposable
{
    // First half of the two-key advisory lock space, so our locks never collide with another application's.
    private const int LockSpace = 0x4449;

    private readonly NpgsqlConnection _connection;
    private readonly string _source;

    private SourceLock(NpgsqlConnection connection, string source)
    {
        _connection = connection;
        _source = source;
    }

    /// <summary>The lock, or null when another process holds it.</summary>
    public static async Task<SourceLock?> TryAcquireAsync(NpgsqlDataSource dataSource, string source, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1, hashtext($2))", connection);
        command.Parameters.Add(new() { Value = LockSpace });
        command.Parameters.Add(new() { Value = source });
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            return new SourceLock(connection, source);
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        // Unlock explicitly: a pooled connection keeps its session (and its locks) open after Dispose.
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1, hashtext($2))", _connection);
            command.Parameters.Add(new() { Value = LockSpace });
            command.Parameters.Add(new() { Value = _source });
            await command.ExecuteScalarAsync();
        }
        catch (NpgsqlException) when (!_connection.FullState.HasFlag(System.Data.ConnectionState.Open))
        {
            // The session is gone (server restarted, network cut): the server released its locks with it.
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
