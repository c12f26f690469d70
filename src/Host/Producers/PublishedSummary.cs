using Npgsql;

namespace DataInclusion.Host.Producers;

/// <summary>What a source has in the published layer now, and since when.</summary>
internal sealed record PublishedSummary(long Structures, long Services, DateTimeOffset? Since)
{
    public static async Task<PublishedSummary> ReadAsync(NpgsqlDataSource dataSource, string source, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM marts.structures WHERE source = $1),
                   (SELECT count(*) FROM marts.services WHERE source = $1),
                   (SELECT max(ended_at) FROM ops.runs WHERE source = $1 AND status = 'succeeded')
            """);
        command.Parameters.Add(new() { Value = source });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new PublishedSummary(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }
}
