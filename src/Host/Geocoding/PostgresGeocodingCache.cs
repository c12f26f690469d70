using DataInclusion.Normalize.Places.Geocoding;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Geocoding;

/// <summary>The pipeline's persistent geocoding cache, <c>ops.geocodages</c> (migration 0082), keyed by the cleaned input.</summary>
internal sealed class PostgresGeocodingCache(NpgsqlDataSource dataSource) : IGeocodingCache
{
    private const string Failed = "echec";

    public async Task<Dictionary<string, CachedGeocode>> LoadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, CachedGeocode>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand("""
            SELECT cle, geocode_le, statut, score, type, label, adresse, code_postal, code_insee, commune, longitude, latitude
            FROM ops.geocodages WHERE cle = ANY($1)
            """);
        command.Parameters.Add(new() { Value = keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var status = reader.GetString(2);
            var result = status == Failed ? null : new GeocodingResult(
                status, Double(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9),
                Double(reader, 10), Double(reader, 11));
            found[reader.GetString(0)] = new CachedGeocode(result, reader.GetFieldValue<DateTimeOffset>(1));
        }

        return found;
    }

    public async Task SaveAsync(IReadOnlyList<(string Key, CachedGeocode Geocode)> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        // One statement for the whole batch, columns as arrays: a batch can hold 20,000 answers.
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ops.geocodages AS g (cle, geocode_le, statut, score, type, label, adresse, code_postal, code_insee, commune, longitude, latitude)
            SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::float8[], $5::text[], $6::text[], $7::text[], $8::text[],
                                 $9::text[], $10::text[], $11::float8[], $12::float8[])
            ON CONFLICT (cle) DO UPDATE SET geocode_le = excluded.geocode_le, statut = excluded.statut, score = excluded.score,
                type = excluded.type, label = excluded.label, adresse = excluded.adresse, code_postal = excluded.code_postal,
                code_insee = excluded.code_insee, commune = excluded.commune, longitude = excluded.longitude, latitude = excluded.latitude
            WHERE excluded.statut <> 'echec' OR g.statut = 'echec'
            """);
        var distinct = entries.GroupBy(e => e.Key, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var results = distinct.Select(e => e.Geocode.Result).ToList();
        command.Parameters.Add(new() { Value = distinct.Select(e => e.Key).ToArray() });
        command.Parameters.Add(new() { Value = distinct.Select(e => e.Geocode.GeocodedAt).ToArray() });
        command.Parameters.Add(new() { Value = results.Select(r => r?.Status ?? Failed).ToArray() });
        command.Parameters.Add(new() { Value = results.Select(r => r?.Score).ToArray() });
        foreach (var text in new Func<GeocodingResult?, string?>[] { r => r?.Type, r => r?.Label, r => r?.Adresse, r => r?.CodePostal, r => r?.CodeInsee, r => r?.Commune })
        {
            command.Parameters.Add(new() { Value = results.Select(text).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        }

        command.Parameters.Add(new() { Value = results.Select(r => r?.Longitude).ToArray() });
        command.Parameters.Add(new() { Value = results.Select(r => r?.Latitude).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static double? Double(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}
