using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DataInclusion.Normalize.Places;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Storage;

/// <summary>
/// Loads the embedded commune centres (Storage/Data/communes-centres.csv, see its README) into <c>marts.communes</c>,
/// with each commune's EPCI from the offline COG (<see cref="Cog.EpciOf"/>), once per version of that content: run after
/// the migrations, under their lock, so two starting instances load it once.
/// </summary>
internal static class CommuneCentres
{
    private const string Resource = "data/communes-centres.csv";

    public static async Task LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var rows = Rows(ReadResource()).Select(r => (r.Code, r.Nom, r.Latitude, r.Longitude, Epci: Cog.EpciOf(r.Code)?.Code)).ToList();
        // Over what is loaded, EPCIs included: a new COG millésime reloads the table as a new file would.
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows.Select(r => $"{r.Code},{r.Epci}"))
            + string.Join('\n', rows.Select(r => FormattableString.Invariant($"{r.Nom},{r.Latitude},{r.Longitude}"))))));
        await using (var current = new NpgsqlCommand("SELECT checksum FROM ops.reference_data WHERE name = 'communes-centres'", connection))
        {
            if (await current.ExecuteScalarAsync(cancellationToken) as string == checksum)
            {
                return;
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var clear = new NpgsqlCommand("DELETE FROM marts.communes", connection, transaction))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY marts.communes (code_insee, nom, latitude, longitude, code_epci) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (code, nom, latitude, longitude, epci) in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(code, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(nom, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(latitude, NpgsqlDbType.Double, cancellationToken);
                await importer.WriteAsync(longitude, NpgsqlDbType.Double, cancellationToken);
                await importer.WriteAsync(epci, NpgsqlDbType.Text, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using (var record = new NpgsqlCommand("""
            INSERT INTO ops.reference_data (name, checksum) VALUES ('communes-centres', $1)
            ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, loaded_at = now()
            """, connection, transaction))
        {
            record.Parameters.Add(new() { Value = checksum });
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    // code_insee,nom,latitude,longitude; a name may hold a comma (quoted), so the coordinates are read from the end.
    private static IEnumerable<(string Code, string Nom, double Latitude, double Longitude)> Rows(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes));
        reader.ReadLine();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var last = line.LastIndexOf(',');
            var beforeLast = line.LastIndexOf(',', last - 1);
            var first = line.IndexOf(',', StringComparison.Ordinal);
            yield return (line[..first], line[(first + 1)..beforeLast].Trim('"'),
                double.Parse(line[(beforeLast + 1)..last], CultureInfo.InvariantCulture), double.Parse(line[(last + 1)..], CultureInfo.InvariantCulture));
        }
    }

    private static byte[] ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
