using System.Security.Cryptography;
using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// Copies the valid records of a normalised batch into a staged mart-row table (<see cref="StagedRowLayout"/>) by binary
/// COPY, each with the digest of its JSON: the publication then inserts these typed rows as they are, with no jsonb to
/// parse or hash.
/// </summary>
internal sealed class StagedRowWriter(StagedRowLayout layout, Guid runId, string source)
{
    private const string RunColumn = "run_id";
    private const string SourceColumn = "source";
    private const string DigestColumn = "digest";

    /// <summary>A record's content digest: it changes when, and only when, the record's normalised JSON changes.</summary>
    public static Guid Digest(ReadOnlySpan<byte> json)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(json, hash);
        return new Guid(hash[..16]);
    }

    /// <summary>Stages the valid records of <paramref name="records"/> in the transaction of <paramref name="connection"/>.</summary>
    public async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<NormalizedRecord> records, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!records.Any(r => r.IsValid))
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync(layout.CopyStatement, cancellationToken);
        importer.Timeout = timeout;
        foreach (var record in records)
        {
            if (record.IsValid)
            {
                await WriteRowAsync(importer, record.Utf8Json, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private async Task WriteRowAsync(NpgsqlBinaryImporter importer, byte[] json, CancellationToken cancellationToken)
    {
        var values = layout.Read(json);
        var digest = Digest(json);
        await importer.StartRowAsync(cancellationToken);
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            var (name, kind) = layout.Columns[i];
            var value = name switch
            {
                RunColumn => runId,
                SourceColumn => source,
                DigestColumn => digest,
                _ => values[i],
            };
            await StagedColumnValues.WriteAsync(importer, kind, value, cancellationToken);
        }
    }
}
