using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// A page without a place, tier by tier (<see cref="SearchRank"/>): each tier's rows come in (name length, id) order,
/// so a page stops after its rows instead of scoring every match. A tier is read only when the ones before it did not
/// fill the page.
/// </summary>
internal sealed partial class TextSearch
{
    /// <summary>
    /// Rows of the (name length, id) btree a tier's statement walks before it falls back to the GIN bitmap. A common word
    /// fills a page well within it (nationally, "véhicule" needs ≈ 800 services); a rare word, or a tier the planner
    /// believes larger than it is, would otherwise walk the whole table (measured: 1 to 4 s, on an empty tier).
    /// </summary>
    internal const int OrderedWindow = 1000;

    private async Task<List<SearchHit>> TieredAsync(
        NpgsqlConnection connection, string q, MartFilter filter, SourceVisibility visibility, int first, (double? Score, string Id)? after, int offset, CancellationToken cancellationToken)
    {
        var startTier = 1;
        (int NameLength, string Id)? keyset = null;
        if (after is ({ } score, var id))
        {
            // A score this rule cannot give (a cursor of an older order) has nothing after it.
            var position = SearchRank.Decode(score);
            startTier = position?.Tier ?? SearchRank.Tiers + 1;
            keyset = position is { } p ? (p.NameLength, id) : null;
        }

        var hits = new List<SearchHit>();
        var skip = offset;
        for (var tier = startTier; tier <= SearchRank.Tiers && hits.Count <= first; tier++)
        {
            await using var command = Bind(TierCommand(q, filter, visibility, tier, first + 1 - hits.Count, skip, tier == startTier ? keyset : null), connection);
            var before = hits.Count;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), SearchRank.Score(tier, reader.GetInt32(2)), null));
                }
            }

            if (hits.Count == before && skip > 0)
            {
                // The offset went past this tier: the next one starts after what is left of it.
                await using var count = Bind(TierCountCommand(q, filter, visibility, tier, tier == startTier ? keyset : null), connection);
                skip = Math.Max(0, skip - (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!);
            }
            else
            {
                skip = 0;
            }
        }

        return hits;
    }

    /// <summary>Up to <paramref name="limit"/> rows of one tier (kind, id, name length) after <paramref name="offset"/> and the keyset.</summary>
    internal NpgsqlCommand TierCommand(string q, MartFilter filter, SourceVisibility visibility, int tier, int limit, int offset, (int NameLength, string Id)? keyset)
    {
        var command = dataSource.CreateCommand();
        var query = Query(q, command);
        var need = MartPredicates.Add(command, limit + offset);
        var branches = Branches(filter).Select(b => TierBranch(b.Kind, b.Table, query, filter, visibility, tier, keyset, need, command));
        command.CommandText = string.Join(" UNION ALL ", branches)
            + $" ORDER BY name_length, id LIMIT ${MartPredicates.Add(command, limit)} OFFSET ${MartPredicates.Add(command, offset)}";
        return command;
    }

    private NpgsqlCommand TierCountCommand(string q, MartFilter filter, SourceVisibility visibility, int tier, (int NameLength, string Id)? keyset)
    {
        var command = dataSource.CreateCommand();
        var query = Query(q, command);
        var counts = Branches(filter).Select(b =>
        {
            var where = TierWhere(b.Table, query, filter, visibility, tier, keyset, command);
            return $"(SELECT count(*) FROM {b.Table} {MartPredicates.Clause(where)})";
        });
        command.CommandText = "SELECT " + string.Join(" + ", counts);
        return command;
    }

    private static IEnumerable<(string Kind, string Table)> Branches(MartFilter filter) => filter.HasServiceOnlyFilter
        ? [("service", MartsReader.Services)]
        : [("service", MartsReader.Services), ("structure", MartsReader.Structures)];

    // One table's rows of the tier: the first `need` in (name length, id) order among the first OrderedWindow rows the
    // btree gives (exact when it finds `need`: every later row comes after them); otherwise the same rows through the
    // GIN bitmap and a sort (its ORDER BY hides the btree's order, so the planner cannot walk it again).
    private static string TierBranch(string kind, string table, string query, MartFilter filter, SourceVisibility visibility, int tier, (int, string)? keyset, int need, NpgsqlCommand command)
    {
        var window = MartPredicates.Where(table, filter, visibility, command);
        AddKeyset(window, keyset, command);
        var match = $"search_vector @@ {query} AND {SearchRank.TierPredicate(tier, query)}";
        var fallback = TierWhere(table, query, filter, visibility, tier, keyset, command);
        fallback.Add("NOT (SELECT found FROM enough)");
        return $"""
            SELECT * FROM (WITH windowed AS MATERIALIZED (
                    SELECT id, name_length FROM (
                        SELECT id, search_vector, search_name, {SearchRank.NameLength} AS name_length FROM {table} {MartPredicates.Clause(window)}
                        ORDER BY {SearchRank.NameLength}, id LIMIT {OrderedWindow}) w
                    WHERE {match} ORDER BY name_length, id LIMIT ${need}),
                enough AS (SELECT count(*) >= ${need} AS found FROM windowed)
            SELECT '{kind}' AS kind, id, name_length FROM windowed WHERE (SELECT found FROM enough)
            UNION ALL
            SELECT '{kind}', id, name_length FROM (
                SELECT id, {SearchRank.NameLength} AS name_length FROM {table} {MartPredicates.Clause(fallback)}
                ORDER BY {SearchRank.NameLength} + 0, id LIMIT ${need}) f) {kind}s
            """;
    }

    private static List<string> TierWhere(string table, string query, MartFilter filter, SourceVisibility visibility, int tier, (int, string)? keyset, NpgsqlCommand command)
    {
        var where = MartPredicates.Where(table, filter, visibility, command);
        AddKeyset(where, keyset, command);
        where.Add($"search_vector @@ {query}");
        where.Add(SearchRank.TierPredicate(tier, query));
        return where;
    }

    private static void AddKeyset(List<string> where, (int NameLength, string Id)? keyset, NpgsqlCommand command)
    {
        if (keyset is var (length, id))
        {
            where.Add($"({SearchRank.NameLength}, id) > (${MartPredicates.Add(command, length)}, ${MartPredicates.Add(command, id)})");
        }
    }
}
