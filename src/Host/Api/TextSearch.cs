using System.Text.Json;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// <c>search(q)</c>, data·inclusion's <c>/search</c> (reference §5.2): services and structures whose French, unaccented
/// text matches <c>q</c> (websearch syntax: words, "phrases", or, -exclusion), in the order of <see cref="SearchRank"/>:
/// name matches, then label matches, then description-only matches; shorter names first; then id. Near a place, only
/// rows within range, ordered by <c>0.5 × score + 0.5 × (1 − distance / range)</c>, then id. Every statement runs
/// through the <see cref="SearchGate"/>, so a burst of searches cannot take every connection.
/// </summary>
internal sealed partial class TextSearch(NpgsqlDataSource dataSource, SearchGate gate)
{
    public const string Config = "marts.french_unaccent";

    /// <summary>Below this many expected matches, a page scores them all instead of walking the tiers.</summary>
    internal const int FewMatches = 2000;

    /// <summary><see cref="FewMatches"/>; tests set it to take one path or the other whatever the data.</summary>
    internal int FewMatchesThreshold { get; init; } = FewMatches;

    // The planner setting of the search statements' transactions (see WithIndexPlansAsync).
    internal const string IndexPlans = "SET LOCAL enable_seqscan = off";

    public Task<(IReadOnlyList<SearchHit> Hits, bool HasNextPage)> PageAsync(
        string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Score, string Id)? after, CancellationToken cancellationToken) =>
        PageAsync(q, filter, visibility, origin, first, after, 0, cancellationToken);

    /// <summary>A page after a keyset position and/or <paramref name="offset"/> hits (REST v1's numbered pages).</summary>
    public async Task<(IReadOnlyList<SearchHit> Hits, bool HasNextPage)> PageAsync(
        string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Score, string Id)? after, int offset, CancellationToken cancellationToken)
    {
        var hits = await gate.RunAsync(ct => InTransactionAsync(async connection => origin is null && !await IsFewAsync(connection, q, filter, visibility, ct)
            ? await TieredAsync(connection, q, filter, visibility, first, after, offset, ct)
            : await ScoredAsync(connection, q, filter, visibility, origin, first, after, offset, ct), ct), cancellationToken);
        var hasNext = hits.Count > first;
        return (hasNext ? hits.GetRange(0, first) : hits, hasNext);
    }

    public Task<int> CountAsync(string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, CancellationToken cancellationToken) =>
        gate.RunAsync(async ct =>
        {
            await using var command = CountCommand(q, filter, visibility, origin);
            return await WithIndexPlansAsync(command, async (c, t) => (int)(await c.ExecuteScalarAsync(t))!, ct);
        }, cancellationToken);

    /// <summary>The count statement (exposed so tests can EXPLAIN it); PostgreSQL drops the unused scores of the union.</summary>
    internal NpgsqlCommand CountCommand(string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin)
    {
        var command = dataSource.CreateCommand();
        command.CommandText = $"SELECT count(*)::int FROM ({Union(q, filter, visibility, origin, command)}) r";
        return command;
    }

    /// <summary>
    /// The first statement of a page: the first tier's without a place (a page reads the next tiers only when one does
    /// not fill it), the whole ordered page near one. Exposed so tests and bench/api can EXPLAIN it.
    /// </summary>
    internal NpgsqlCommand PageCommand(string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Score, string Id)? after, int offset = 0)
    {
        if (origin is null)
        {
            var position = after is ({ } score, _) ? SearchRank.Decode(score) : null;
            return TierCommand(q, filter, visibility, position?.Tier ?? 1, first + 1, offset, position is { } p ? (p.NameLength, after!.Value.Id) : null);
        }

        return ScoredCommand(q, filter, visibility, origin, first, after, offset);
    }

    /// <summary>
    /// Every match scored (<c>marts.search_score</c>, near a place with the distance) and sorted: the same order as
    /// the tiers (equal scores are equal tiers and name lengths), for a place's range or a query matching few rows.
    /// </summary>
    internal NpgsqlCommand ScoredCommand(string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Score, string Id)? after, int offset)
    {
        var command = dataSource.CreateCommand();
        var union = Union(q, filter, visibility, origin, command);
        var keyset = after is ({ } near, var nearId)
            ? $"WHERE score < ${MartPredicates.Add(command, near)} OR (score = ${command.Parameters.Count} AND id > ${MartPredicates.Add(command, nearId)})"
            : string.Empty;
        command.CommandText = $"SELECT kind, id, score, distance_km FROM ({union}) r {keyset} ORDER BY score DESC, id LIMIT ${MartPredicates.Add(command, first + 1)}"
            + (offset > 0 ? $" OFFSET ${MartPredicates.Add(command, offset)}" : string.Empty);
        return command;
    }

    /// <summary>
    /// Runs a search statement in a transaction whose planner does not consider sequential scans. The planner prices
    /// <c>tsvector @@ tsquery</c> as a cheap operator, so a word found in half of the rows (nationally, "véhicule": 138,000
    /// of 243,000) gets a sequential scan that evaluates the match on every row (≈ 5 µs on a 700-byte vector); the
    /// GIN bitmap gives the same rows without evaluating it (a plain query needs no recheck). Every search
    /// predicate has an index (GIN, btree, earth GiST, filters'), so the setting never leaves the planner without a path.
    /// </summary>
    internal Task<T> WithIndexPlansAsync<T>(NpgsqlCommand command, Func<NpgsqlCommand, CancellationToken, Task<T>> run, CancellationToken cancellationToken) =>
        InTransactionAsync(async connection =>
        {
            await using var bound = Bind(command, connection);
            return await run(bound, cancellationToken);
        }, cancellationToken);

    private async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, Task<T>> run, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var settings = new NpgsqlCommand(IndexPlans, connection, transaction))
        {
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }

        var result = await run(connection);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    // A command built on the data source, rebound to the transaction's connection (Npgsql enlists it in the transaction).
    private static NpgsqlCommand Bind(NpgsqlCommand command, NpgsqlConnection connection)
    {
        var bound = new NpgsqlCommand(command.CommandText, connection);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            bound.Parameters.Add(parameter.Clone());
        }

        return bound;
    }

    /// <summary>
    /// Whether the planner expects at most <see cref="FewMatches"/> matches (GIN statistics, filters included): then
    /// scoring them all through the GIN bitmap is cheaper than walking the tiers' btree windows (0.2 ms against ≈ 50 ms
    /// per tier for a word found in 5 rows nationally). Planning only, no execution.
    /// </summary>
    private async Task<bool> IsFewAsync(NpgsqlConnection connection, string q, MartFilter filter, SourceVisibility visibility, CancellationToken cancellationToken)
    {
        await using var built = dataSource.CreateCommand();
        built.CommandText = $"EXPLAIN (FORMAT JSON) SELECT 1 FROM ({Union(q, filter, visibility, null, built)}) r";
        await using var command = Bind(built, connection);
        using var plan = JsonDocument.Parse((string)(await command.ExecuteScalarAsync(cancellationToken))!);
        return plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble() <= FewMatchesThreshold;
    }

    private async Task<List<SearchHit>> ScoredAsync(
        NpgsqlConnection connection, string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Score, string Id)? after, int offset, CancellationToken cancellationToken)
    {
        await using var command = Bind(ScoredCommand(q, filter, visibility, origin, first, after, offset), connection);
        var read = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.IsDBNull(3) ? null : reader.GetDouble(3)));
        }

        return read;
    }

    // One SELECT per table over the same tsquery parameter; structures drop out when a filter only services can meet is set.
    private static string Union(string q, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, NpgsqlCommand command)
    {
        var query = Query(q, command);
        var services = Select("service", MartsReader.Services, query, filter, visibility, origin, command);
        return filter.HasServiceOnlyFilter
            ? services
            : services + " UNION ALL " + Select("structure", MartsReader.Structures, query, filter, visibility, origin, command);
    }

    private static string Query(string q, NpgsqlCommand command) => $"websearch_to_tsquery('{Config}', ${MartPredicates.Add(command, q)})";

    private static string Select(string kind, string table, string query, MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, NpgsqlCommand command)
    {
        var where = MartPredicates.Where(table, filter, visibility, command);
        where.Add($"search_vector @@ {query}");
        var score = $"marts.search_score(search_vector, {query})";
        if (origin is null)
        {
            return $"SELECT '{kind}' AS kind, id, {score} AS score, NULL::double precision AS distance_km FROM {table} {MartPredicates.Clause(where)}";
        }

        where.Add(GeoSearch.Within(origin, command, out var metres));
        var range = MartPredicates.Add(command, origin.DistanceKm * 1000);
        return $"SELECT '{kind}' AS kind, id, 0.5 * {score} + 0.5 * (1 - {metres} / ${range}) AS score, {metres} / 1000 AS distance_km "
            + $"FROM {table} {MartPredicates.Clause(where)}";
    }
}

/// <summary>One search result: a service or a structure (<see cref="Kind"/>), its score and, near a place, its distance.</summary>
internal sealed record SearchHit(string Kind, string Id, double Score, double? DistanceKm);
