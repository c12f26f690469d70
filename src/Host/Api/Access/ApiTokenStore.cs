using DataInclusion.Host.Producers;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Api.Access;

/// <summary>The API tokens (<c>ops.api_tokens</c>): creation, revocation, listing, and who a presented token is.</summary>
internal sealed class ApiTokenStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>Recognisable in logs and secret scanners, and distinct from a producer's <c>dip_</c>.</summary>
    public const string Prefix = "dia_";

    private const string Columns = "name, scope, sources, allowed_origins, rate_limit_per_minute, created_at, revoked_at";

    /// <summary>Creates the token and returns it (the only time it exists in clear), or null when the name is taken.</summary>
    public async Task<string?> CreateAsync(
        string name, ApiScope scope, IReadOnlyList<string> sources, IReadOnlyList<string> allowedOrigins, int? rateLimitPerMinute, CancellationToken cancellationToken)
    {
        var token = ProducerToken.Generate(Prefix);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ops.api_tokens (name, token_hash, scope, sources, allowed_origins, rate_limit_per_minute, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (name) DO NOTHING
            """);
        command.Parameters.Add(new() { Value = name });
        command.Parameters.Add(new() { Value = ProducerToken.Hash(token) });
        command.Parameters.Add(new() { Value = Scope(scope) });
        command.Parameters.Add(new() { Value = sources.ToArray() });
        command.Parameters.Add(new() { Value = allowedOrigins.ToArray() });
        command.Parameters.Add(new() { Value = (object?)rateLimitPerMinute ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? token : null;
    }

    /// <summary>The token stops working (within the cache's lifetime on running instances). False if no such token.</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE ops.api_tokens SET revoked_at = coalesce(revoked_at, $2) WHERE name = $1");
        command.Parameters.Add(new() { Value = name });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM ops.api_tokens ORDER BY name");
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>
    /// The active token whose SHA-256 is <paramref name="hash"/>, or null. Looked up by its hash, as a producer's token is
    /// on the push API: the index compares digests of a 256-bit secret, which tells a timing attacker nothing usable.
    /// </summary>
    public async Task<ApiToken?> FindActiveAsync(byte[] hash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM ops.api_tokens WHERE token_hash = $1 AND revoked_at IS NULL");
        command.Parameters.Add(new() { Value = hash });
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    private static string Scope(ApiScope scope) => scope == ApiScope.Admin ? "admin" : "api";

    private static async Task<IReadOnlyList<ApiToken>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var tokens = new List<ApiToken>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(new ApiToken(
                reader.GetString(0), reader.GetString(1) == "admin" ? ApiScope.Admin : ApiScope.Api,
                reader.GetFieldValue<string[]>(2), reader.GetFieldValue<string[]>(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return tokens;
    }
}
