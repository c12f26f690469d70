using Npgsql;

namespace DataInclusion.Host.Producers;

/// <summary>The producer accounts (<c>ops.producers</c>): creation, tokens, feeds, and who a presented token is.</summary>
internal sealed class ProducerStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    private const string Columns = "slug, name, contact, in_open_data, created_at, token_issued_at, revoked_at, structures_url, services_url, classeur_url, schedule, restricted";

    /// <summary>Creates the account and returns its token (the only time it exists in clear), or null when the slug is taken.</summary>
    public async Task<string?> AddAsync(string slug, string name, string? contact, bool inOpenData, CancellationToken cancellationToken)
    {
        var token = ProducerToken.Generate();
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ops.producers (slug, name, contact, in_open_data, token_hash, token_issued_at, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (slug) DO NOTHING
            """);
        command.Parameters.Add(new() { Value = slug });
        command.Parameters.Add(new() { Value = name });
        command.Parameters.Add(new() { Value = (object?)contact ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = inOpenData });
        command.Parameters.Add(new() { Value = ProducerToken.Hash(token) });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? token : null;
    }

    /// <summary>Issues a new token (the old one stops working at once, a revoked account is active again); null if no such producer.</summary>
    public async Task<string?> RotateAsync(string slug, CancellationToken cancellationToken)
    {
        var token = ProducerToken.Generate();
        await using var command = dataSource.CreateCommand(
            "UPDATE ops.producers SET token_hash = $2, token_issued_at = $3, revoked_at = NULL WHERE slug = $1");
        command.Parameters.Add(new() { Value = slug });
        command.Parameters.Add(new() { Value = ProducerToken.Hash(token) });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? token : null;
    }

    /// <summary>The token stops working; the source and what it published stay. False if no such producer.</summary>
    public async Task<bool> RevokeAsync(string slug, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE ops.producers SET revoked_at = coalesce(revoked_at, $2) WHERE slug = $1");
        command.Parameters.Add(new() { Value = slug });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Keeps the source's rows to the API tokens granted it (or opens them again); seen by every instance within
    /// <c>Api__TokenCacheSeconds</c> (<see cref="Api.Access.RestrictedSources"/>). False if no such producer.
    /// </summary>
    public async Task<bool> SetRestrictedAsync(string slug, bool restricted, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE ops.producers SET restricted = $2 WHERE slug = $1");
        command.Parameters.Add(new() { Value = slug });
        command.Parameters.Add(new() { Value = restricted });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Replaces the producer's pull feed. False if no such producer.</summary>
    public async Task<bool> SetFeedAsync(string slug, ProducerFeed feed, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE ops.producers SET structures_url = $2, services_url = $3, classeur_url = $4, schedule = $5 WHERE slug = $1");
        command.Parameters.Add(new() { Value = slug });
        foreach (var value in (string?[])[feed.StructuresUrl, feed.ServicesUrl, feed.ClasseurUrl, feed.Schedule])
        {
            command.Parameters.Add(new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<ProducerAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM ops.producers ORDER BY slug");
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<ProducerAccount?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM ops.producers WHERE slug = $1");
        command.Parameters.Add(new() { Value = slug });
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// Whether <paramref name="token"/> is the active token of <paramref name="slug"/> (compared in constant time), of
    /// another producer, or of none.
    /// </summary>
    public async Task<TokenCheck> CheckAsync(string slug, string token, CancellationToken cancellationToken)
    {
        await using (var own = dataSource.CreateCommand("SELECT token_hash FROM ops.producers WHERE slug = $1 AND revoked_at IS NULL"))
        {
            own.Parameters.Add(new() { Value = slug });
            if (await own.ExecuteScalarAsync(cancellationToken) is byte[] stored && ProducerToken.Matches(token, stored))
            {
                return TokenCheck.Valid;
            }
        }

        // Looked up by its hash: the index compares digests of a 256-bit secret, which tells an attacker nothing usable.
        await using var other = dataSource.CreateCommand("SELECT 1 FROM ops.producers WHERE token_hash = $1 AND revoked_at IS NULL");
        other.Parameters.Add(new() { Value = ProducerToken.Hash(token) });
        return await other.ExecuteScalarAsync(cancellationToken) is null ? TokenCheck.Unknown : TokenCheck.OtherProducer;
    }

    private static async Task<IReadOnlyList<ProducerAccount>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var accounts = new List<ProducerAccount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(new ProducerAccount(
                reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                new ProducerFeed(Text(reader, 7), Text(reader, 8), Text(reader, 9), Text(reader, 10)),
                reader.GetBoolean(11)));
        }

        return accounts;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
