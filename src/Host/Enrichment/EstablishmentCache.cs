using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Enrichment;

/// <summary>The lookup cache <c>ops.etablissements</c> (migration 0085): answers younger than the TTL are reused.</summary>
internal sealed class EstablishmentCache(NpgsqlDataSource dataSource, TimeProvider time, TimeSpan ttl)
{
    public async Task<Dictionary<string, EstablishmentStatus>> ReadFreshAsync(IReadOnlyCollection<string> sirets, CancellationToken cancellationToken)
    {
        var fresh = new Dictionary<string, EstablishmentStatus>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand(
            "SELECT siret, found, etat_administratif, est_siege FROM ops.etablissements WHERE siret = ANY($1) AND checked_at > $2");
        command.Parameters.Add(new() { Value = sirets.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = time.GetUtcNow() - ttl });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var siret = reader.GetString(0);
            fresh[siret] = new EstablishmentStatus(siret, reader.GetBoolean(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetBoolean(3));
        }

        return fresh;
    }

    public async Task StoreAsync(IReadOnlyCollection<EstablishmentStatus> answers, CancellationToken cancellationToken)
    {
        if (answers.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand("""
            INSERT INTO ops.etablissements (siret, found, etat_administratif, est_siege, checked_at)
            SELECT * FROM unnest($1::text[], $2::boolean[], $3::text[], $4::boolean[]), LATERAL (SELECT $5::timestamptz) t
            ON CONFLICT (siret) DO UPDATE SET found = excluded.found, etat_administratif = excluded.etat_administratif,
                est_siege = excluded.est_siege, checked_at = excluded.checked_at
            """);
        command.Parameters.Add(new() { Value = answers.Select(a => a.Siret).ToArray() });
        command.Parameters.Add(new() { Value = answers.Select(a => a.Found).ToArray() });
        command.Parameters.Add(new() { Value = answers.Select(a => a.EtatAdministratif).ToArray() });
        command.Parameters.Add(new() { Value = answers.Select(a => a.EstSiege).ToArray() });
        command.Parameters.Add(new() { Value = time.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
