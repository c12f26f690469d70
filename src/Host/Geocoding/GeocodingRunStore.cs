using Npgsql;

namespace DataInclusion.Host.Geocoding;

/// <summary>Records what the geocoding step did in a run (<c>ops.geocoding_runs</c>).</summary>
internal sealed class GeocodingRunStore(NpgsqlDataSource dataSource)
{
    public async Task SaveAsync(Guid runId, string source, DateTimeOffset at, GeocodingStats stats, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ops.geocoding_runs (run_id, source, at, records, queries, from_cache, sent, accepted, failed, error)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT (run_id) DO NOTHING
            """);
        object[] values = [runId, source, at, stats.Records, stats.Queries, stats.FromCache, stats.Sent, stats.Accepted, stats.Failed, (object?)stats.Error ?? DBNull.Value];
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        command.Parameters[9].NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
