using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// What a source's mart rows were computed with: a digest of the publication's statements (with the mart columns they
/// name) and of the applied migrations (which may redefine a function the marts are computed with). A republication
/// keeps the rows of unchanged records only when its shape is the source's last one (<c>ops.mart_publications</c>,
/// migration 0195); otherwise a row kept from the old shape could lack what the new one computes, and every row of the
/// source is written again, once.
/// </summary>
internal static class PublicationShape
{
    /// <summary>The source's last publication's shape (null if none is recorded) and the digest of the applied migrations.</summary>
    public static async Task<(string? Last, string Migrations)> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string source, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT shape FROM ops.mart_publications WHERE source = $1),
                   (SELECT md5(string_agg(version || ':' || checksum, ',' ORDER BY version)) FROM public.schema_migrations)
            """, connection, transaction);
        command.Parameters.Add(new() { Value = source });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? string.Empty : reader.GetString(1));
    }

    /// <summary>The shape of a publication made of <paramref name="statements"/> on the schema <paramref name="migrations"/> describes.</summary>
    public static string Of(IEnumerable<string> statements, string migrations) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n;\n", statements.Append(migrations)))));

    /// <summary>
    /// Records the run as the source's last publication, with its shape (hexadecimal digits only, so inlined). Like the
    /// other publication statements it takes the run as $1 and the source as $2.
    /// </summary>
    public static string Record(string shape) => $"""
        INSERT INTO ops.mart_publications AS p (source, run_id, shape, published_at) VALUES ($2, $1, '{shape}', now())
        ON CONFLICT (source) DO UPDATE SET run_id = excluded.run_id, shape = excluded.shape, published_at = excluded.published_at
        """;
}
