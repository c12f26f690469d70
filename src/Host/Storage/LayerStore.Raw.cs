using System.Buffers;
using System.Security.Cryptography;
using DataInclusion.Normalize;
using DataInclusion.Sources;
using Npgsql;
using NpgsqlTypes;

namespace DataInclusion.Host.Storage;

/// <summary>
/// The raw layer: each payload as received, one row in <c>raw.payloads</c>; one larger than a part is copied from its
/// stream in parts (<c>raw.payload_parts</c>, migration 0090) and read back the same way, never whole.
/// </summary>
internal sealed partial class LayerStore
{
    public Task SaveRawAsync(Guid runId, string source, IReadOnlyList<RawPayload> payloads, CancellationToken cancellationToken) =>
        StepTimeout.RunAsync("storing the raw payloads", _options.CopyTimeout, CopySetting, async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var payload in payloads)
            {
                await SavePayloadAsync(connection, runId, source, payload, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        });

    private async Task SavePayloadAsync(NpgsqlConnection connection, Guid runId, string source, RawPayload payload, CancellationToken cancellationToken)
    {
        var inline = payload.Length <= _options.RawPartBytes;
        var content = inline ? await ReadWholeAsync(payload, cancellationToken) : null;
        await using var insert = new NpgsqlCommand("""
            INSERT INTO raw.payloads (run_id, source, stream, url, fetched_at, media_type, sha256, content, size)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
            """, connection);
        insert.CommandTimeout = StepTimeout.Seconds(_options.CopyTimeout);
        insert.Parameters.Add(new() { Value = runId, NpgsqlDbType = NpgsqlDbType.Uuid });
        insert.Parameters.Add(new() { Value = source });
        insert.Parameters.Add(new() { Value = payload.Stream });
        insert.Parameters.Add(new() { Value = payload.Url.ToString() });
        insert.Parameters.Add(new() { Value = payload.FetchedAt });
        insert.Parameters.Add(new() { Value = payload.MediaType });
        insert.Parameters.Add(new() { Value = content is null ? string.Empty : Convert.ToHexStringLower(SHA256.HashData(content)) });
        insert.Parameters.Add(new() { Value = content is null ? DBNull.Value : content, NpgsqlDbType = NpgsqlDbType.Bytea });
        insert.Parameters.Add(new() { Value = payload.Length });
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        if (content is not null)
        {
            return;
        }

        var (sha256, size) = await CopyPartsAsync(connection, id, payload, cancellationToken);
        await using var update = new NpgsqlCommand("UPDATE raw.payloads SET sha256 = $2, size = $3 WHERE id = $1", connection);
        update.Parameters.Add(new() { Value = id });
        update.Parameters.Add(new() { Value = sha256 });
        update.Parameters.Add(new() { Value = size });
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Copies the payload's stream into parts, hashing it on the way; returns its SHA-256 and length.</summary>
    private async Task<(string Sha256, long Size)> CopyPartsAsync(NpgsqlConnection connection, long payloadId, RawPayload payload, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(_options.RawPartBytes);
        long size = 0;
        try
        {
            await using var body = payload.OpenRead();
            await using var importer = await connection.BeginBinaryImportAsync(
                "COPY raw.payload_parts (payload_id, part, content) FROM STDIN (FORMAT BINARY)", cancellationToken);
            importer.Timeout = _options.CopyTimeout;
            for (var part = 0; ; part++)
            {
                var read = await body.ReadAtLeastAsync(buffer.AsMemory(0, _options.RawPartBytes), _options.RawPartBytes, false, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                hash.AppendData(buffer, 0, read);
                size += read;
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(payloadId, NpgsqlDbType.Bigint, cancellationToken);
                await importer.WriteAsync(part, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(new ArraySegment<byte>(buffer, 0, read), NpgsqlDbType.Bytea, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private static async Task<byte[]> ReadWholeAsync(RawPayload payload, CancellationToken cancellationToken)
    {
        if (payload.ContentPath is null)
        {
            return payload.Content;
        }

        return await File.ReadAllBytesAsync(payload.ContentPath, cancellationToken);
    }

    /// <summary>Gives a new run the raw payloads of an earlier one, so every run owns the raw data it was built from.</summary>
    public async Task CopyRawAsync(Guid fromRun, Guid toRun, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ids = new List<long>();
        await using (var select = new NpgsqlCommand("SELECT id FROM raw.payloads WHERE run_id = $1 ORDER BY id", connection))
        {
            select.Parameters.Add(new() { Value = fromRun });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        // One payload at a time, in order, so the copies keep the fetch order and each part follows its own payload.
        foreach (var id in ids)
        {
            await using var copy = new NpgsqlCommand("""
                WITH copied AS (
                    INSERT INTO raw.payloads (run_id, source, stream, url, fetched_at, media_type, sha256, content, size)
                    SELECT $2, source, stream, url, fetched_at, media_type, sha256, content, size FROM raw.payloads WHERE id = $1
                    RETURNING id)
                INSERT INTO raw.payload_parts (payload_id, part, content)
                SELECT copied.id, p.part, p.content FROM copied, raw.payload_parts p WHERE p.payload_id = $1
                """, connection);
            copy.Parameters.Add(new() { Value = id });
            copy.Parameters.Add(new() { Value = toRun });
            copy.CommandTimeout = StepTimeout.Seconds(_options.CopyTimeout);
            await copy.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The raw payloads of a run as documents, in the order they were fetched (for re-mapping without fetching again):
    /// inline payloads with their bytes, payloads in parts as streams that read one part at a time.
    /// </summary>
    public async Task<IReadOnlyList<RawDocument>> LoadRawAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, stream, url, media_type, content FROM raw.payloads WHERE run_id = $1 ORDER BY id");
        command.Parameters.Add(new() { Value = runId });
        command.CommandTimeout = StepTimeout.Seconds(_options.CopyTimeout);
        var documents = new List<RawDocument>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (id, stream, url, mediaType) = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            documents.Add(reader.IsDBNull(4)
                ? RawDocument.Streamed(stream, url, mediaType, () => new RawPartsStream(dataSource, id, _options.CopyTimeout))
                : new RawDocument(stream, url, reader.GetFieldValue<byte[]>(4), mediaType));
        }

        return documents;
    }
}
