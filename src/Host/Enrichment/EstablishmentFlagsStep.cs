using DataInclusion.Normalize;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.Enrichment;

/// <summary>
/// Issue 9 §1: flags the run's valid structures whose SIRET is a closed establishment (<c>etablissement_ferme</c>) or
/// a head office (<c>est_siege</c>), in their normalised JSON, before publication copies them to the marts. Runs over
/// the normalised layer in batches of <see cref="BatchSize"/>, outside any transaction, so its network time (paced to
/// 7 requests/s, bounded by <c>RechercheEntreprises__MaxDuration</c>) never holds a COPY or the publication open.
/// Whatever fails here is logged and the run goes on: the flags are an enrichment, not a condition of publication.
/// </summary>
internal sealed class EstablishmentFlagsStep(
    NpgsqlDataSource dataSource, EstablishmentLookup lookup, RechercheEntreprisesOptions options, TimeProvider time, ILogger logger)
{
    public const int BatchSize = 500;

    /// <summary>The step for these options, with its own HTTP client (one per process: the runner lives as long).</summary>
    public static EstablishmentFlagsStep Create(NpgsqlDataSource dataSource, RechercheEntreprisesOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = options.BaseUrl,
            Timeout = Timeout.InfiniteTimeSpan, // each request has its own, RequestTimeout
        };
        var lookup = new EstablishmentLookup(
            new RechercheEntreprisesClient(http, options.RequestTimeout), new EstablishmentCache(dataSource, time, options.CacheTtl),
            new RequestPacer(options.RequestsPerSecond, time), options.MaxConcurrency);
        return new EstablishmentFlagsStep(dataSource, lookup, options, time, loggers.CreateLogger<EstablishmentFlagsStep>());
    }

    /// <summary>Flags the structures of run <paramref name="runId"/>; returns how many the API knew (and got both flags).</summary>
    public async Task<int> ApplyAsync(Guid runId, string source, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + options.MaxDuration;
        var flagged = 0;
        try
        {
            string after = string.Empty;
            while (await ReadBatchAsync(runId, after, cancellationToken) is { Count: > 0 } batch)
            {
                after = batch[^1].Id;
                flagged += await FlagBatchAsync(runId, batch, deadline, cancellationToken);
            }

            logger.CompaniesLookedUp(source, runId, flagged);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            logger.CompanyLookupFailed(ex, source, runId);
        }

        return flagged;
    }

    /// <summary>
    /// The step over one batch of normalised structures (id, SIRET as published): looks the valid SIRETs up and writes
    /// both flags into the JSON of those the API knows. The one place a batched pipeline calls per batch.
    /// </summary>
    public async Task<int> FlagBatchAsync(Guid runId, IReadOnlyList<(string Id, string? Siret)> batch, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var sirets = batch.Select(r => Siret.TryParse(r.Siret, out var s) && s.HasValidKey ? s.Value : null).ToList();
        var statuses = await lookup.LookupAsync(sirets.OfType<string>().ToList(), deadline, time, cancellationToken);
        var ids = new List<string>();
        var ferme = new List<bool>();
        var siege = new List<bool?>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (sirets[i] is { } siret && statuses.TryGetValue(siret, out var status) && status.Found)
            {
                ids.Add(batch[i].Id);
                ferme.Add(status.Ferme == true);
                siege.Add(status.EstSiege);
            }
        }

        if (ids.Count == 0)
        {
            return 0;
        }

        // The staged mart row (migration 0170) follows, its digest moved by the flags (they are published content).
        await using var command = dataSource.CreateCommand("""
            WITH f AS (SELECT * FROM unnest($2::text[], $3::boolean[], $4::boolean[]) AS f(id, ferme, siege)),
            n AS (
                UPDATE normalized.structures n SET data = n.data || jsonb_build_object('etablissement_ferme', f.ferme, 'est_siege', f.siege)
                FROM f WHERE n.run_id = $1 AND n.id = f.id)
            UPDATE normalized.staged_structures s SET etablissement_ferme = f.ferme, est_siege = f.siege,
                digest = md5(s.digest::text || f.ferme::text || coalesce(f.siege::text, '-'))::uuid
            FROM f WHERE s.run_id = $1 AND s.id = f.id
            """);
        command.Parameters.Add(new() { Value = runId });
        command.Parameters.Add(new() { Value = ids.ToArray() });
        command.Parameters.Add(new() { Value = ferme.ToArray() });
        command.Parameters.Add(new() { Value = siege.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ids.Count;
    }

    private async Task<List<(string Id, string? Siret)>> ReadBatchAsync(Guid runId, string after, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, data->>'siret' FROM normalized.structures
            WHERE run_id = $1 AND is_valid AND id > $2 AND data->>'siret' IS NOT NULL
            ORDER BY id LIMIT $3
            """);
        command.Parameters.Add(new() { Value = runId });
        command.Parameters.Add(new() { Value = after });
        command.Parameters.Add(new() { Value = BatchSize });
        var batch = new List<(string, string?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            batch.Add((reader.GetString(0), reader.GetString(1)));
        }

        return batch;
    }
}
