using DataInclusion.GraphQL.Http.PersistedQueries;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>The operator's registered documents (<c>ops.persisted_queries</c>), for the CLI and the allow-list.</summary>
internal sealed class PersistedQueryStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>Registers a document; returns its hash and whether it was new.</summary>
    public async Task<(string Hash, bool Added)> AddAsync(string document, string? name, CancellationToken cancellationToken)
    {
        var hash = PersistedQueryHash.Of(document);
        await using var command = dataSource.CreateCommand(
            "INSERT INTO ops.persisted_queries (sha256, document, name, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT (sha256) DO NOTHING");
        command.Parameters.AddWithValue(hash);
        command.Parameters.AddWithValue(document);
        command.Parameters.AddWithValue((object?)name ?? DBNull.Value);
        command.Parameters.AddWithValue(time.GetUtcNow());
        return (hash, await command.ExecuteNonQueryAsync(cancellationToken) == 1);
    }

    public async Task<bool> RemoveAsync(string hash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM ops.persisted_queries WHERE sha256 = $1");
        command.Parameters.AddWithValue(PersistedQueryHash.Normalize(hash));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<RegisteredQuery>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT sha256, document, name, added_at FROM ops.persisted_queries ORDER BY added_at, sha256");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<RegisteredQuery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new RegisteredQuery(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return list;
    }
}
