using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// <c>search(q)</c>, data·inclusion's <c>/search</c> (reference §5.2): services and structures whose French, unaccented
/// text matches <c>q</c> (websearch syntax: words, "phrases", or, -exclusion), ranked by <c>ts_rank_cd(…, 32)</c> over
/// the weighted vectors of migration 0122 (0–1). Near a place, only rows within range, ranked by
/// <c>0.5 × rank + 0.5 × (1 − distance / range)</c>. Ordered by score (descending), then id.
/// </summary>
internal sealed class TextSearch(NpgsqlDataSource dataSource)
{
    public const string Config = "marts.french_unaccent";

    // The planner setting of the search statements' transactions (see WithIndexPlansAsync).
    internal const string IndexPlans = "SET LOCAL enable_seqscan = off";

    public Task<(IReadOnlyList<SearchHit> Hits, bool HasNextPage)> PageAsync(
        string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Score, string Id)? after, CancellationToken cancellationToken) =>
        PageAsync(q, filter, visibility, origin, first, after, 0, cancellationToken);

    /// <summary>A page after a keyset position and/or <paramref name="offset"/> hits (REST v1's numbered pages).</summary>
    public async Task<(IReadOnlyList<SearchHit> Hits, bool HasNextPage)> PageAsync(
        string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Score, string Id)? after, int offset, CancellationToken cancellationToken)
    {
        await using var command = PageCommand(q, filter, visibility, origin, first, after, offset);
        var hits = await WithIndexPlansAsync(command, async (c, ct) =>
        {
            var read = new List<SearchHit>();
            await using var reader = await c.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                read.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.IsDBNull(3) ? null : reader.GetDouble(3)));
            }

            return read;
        }, cancellationToken);

        var hasNext = hits.Count > first;
        return (hasNext ? hits.GetRange(0, first) : hits, hasNext);
    }

    public async Task<int> CountAsync(string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, CancellationToken cancellationToken)
    {
        await using var command = CountCommand(q, filter, visibility, origin);
        return await WithIndexPlansAsync(command, async (c, ct) => (int)(await c.ExecuteScalarAsync(ct))!, cancellationToken);
    }

    /// <summary>The count statement (exposed so tests can EXPLAIN it); PostgreSQL drops the unused ranks of the union.</summary>
    internal NpgsqlCommand CountCommand(string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin)
    {
        var command = dataSource.CreateCommand();
        command.CommandText = $"SELECT count(*)::int FROM ({Union(q, filter, visibility, origin, command)}) r";
        return command;
    }

    /// <summary>
    /// Runs a search statement in a transaction whose planner does not consider sequential scans. The planner prices
    /// <c>tsvector @@ tsquery</c> as a cheap operator, so a word found in half of the rows (nationally, "véhicule": 138,000
    /// of 243,000) gets a sequential scan that evaluates the match on every row (≈ 5 µs on a 700-byte vector); the
    /// GIN bitmap gives the same rows without evaluating it (a plain query needs no recheck): EXPLAIN ANALYZE at
    /// national scale, one process, 1.2–2.0 s → 0.9 s for the page, 0.9 → 0.26 s for services' count. Every search
    /// predicate has an index (GIN, earth GiST, filters'), so the setting never leaves the planner without a path.
    /// </summary>
    internal async Task<T> WithIndexPlansAsync<T>(NpgsqlCommand command, Func<NpgsqlCommand, CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var settings = new NpgsqlCommand(IndexPlans, connection, transaction))
        {
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var bound = new NpgsqlCommand(command.CommandText, connection, transaction);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            bound.Parameters.Add(parameter.Clone());
        }

        var result = await run(bound, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    internal NpgsqlCommand PageCommand(string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Score, string Id)? after, int offset = 0)
    {
        var command = dataSource.CreateCommand();
        var union = Union(q, filter, visibility, origin, command);
        var keyset = after is ({ } score, var id)
            ? $"WHERE score < ${MartPredicates.Add(command, score)} OR (score = ${command.Parameters.Count} AND id > ${MartPredicates.Add(command, id)})"
            : string.Empty;
        command.CommandText = $"SELECT kind, id, score, distance_km FROM ({union}) r {keyset} ORDER BY score DESC, id LIMIT ${MartPredicates.Add(command, first + 1)}"
            + (offset > 0 ? $" OFFSET ${MartPredicates.Add(command, offset)}" : string.Empty);
        return command;
    }

    // One SELECT per table over the same tsquery parameter; structures drop out when a filter only services can meet is set.
    private static string Union(string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, NpgsqlCommand command)
    {
        var query = $"websearch_to_tsquery('{Config}', ${MartPredicates.Add(command, q)})";
        var services = Select("service", MartsReader.Services, query, filter, visibility, origin, command);
        return filter.HasServiceOnlyFilter
            ? services
            : services + " UNION ALL " + Select("structure", MartsReader.Structures, query, filter, visibility, origin, command);
    }

    private static string Select(string kind, string table, string query, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, NpgsqlCommand command)
    {
        var where = MartPredicates.Where(table, filter, visibility, command);
        where.Add($"search_vector @@ {query}");
        var rank = $"ts_rank_cd(search_vector, {query}, 32)::double precision";
        if (origin is null)
        {
            return $"SELECT '{kind}' AS kind, id, {rank} AS score, NULL::double precision AS distance_km FROM {table} {MartPredicates.Clause(where)}";
        }

        where.Add(GeoSearch.Within(origin, command, out var metres));
        var range = MartPredicates.Add(command, origin.DistanceKm * 1000);
        return $"SELECT '{kind}' AS kind, id, 0.5 * {rank} + 0.5 * (1 - {metres} / ${range}) AS score, {metres} / 1000 AS distance_km "
            + $"FROM {table} {MartPredicates.Clause(where)}";
    }
}

/// <summary>One search result: a service or a structure (<see cref="Kind"/>), its score and, near a place, its distance.</summary>
internal sealed record SearchHit(string Kind, string Id, double Score, double? DistanceKm);
