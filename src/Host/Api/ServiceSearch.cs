using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// <c>searchServices</c>, data·inclusion's <c>/search/services</c> (reference §5.2): the filtered services that are
/// eligible in the commune and within range, or offered remotely (<c>a-distance</c>) wherever they are; each in-person
/// (<c>en-presentiel</c>) service within range carries its distance; ordered by distance (remote-only last), then id.
/// </summary>
internal sealed class ServiceSearch(NpgsqlDataSource dataSource, SearchGate gate)
{
    public const string DistanceColumn = "distance_km";

    public Task<(IReadOnlyList<Dictionary<string, object?>> Rows, bool HasNextPage)> PageAsync(
        MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Distance, string Id)? after, IReadOnlyList<string>? columns,
        CancellationToken cancellationToken) =>
        PageAsync(filter, visibility, origin, first, after, 0, columns, cancellationToken);

    /// <summary>A page after a keyset position and/or <paramref name="offset"/> rows (REST v1's numbered pages).</summary>
    public async Task<(IReadOnlyList<Dictionary<string, object?>> Rows, bool HasNextPage)> PageAsync(
        MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Distance, string Id)? after, int offset, IReadOnlyList<string>? columns, CancellationToken cancellationToken)
    {
        var rows = await gate.RunAsync(async ct =>
        {
            await using var command = PageCommand(filter, visibility, origin, first, after, columns, offset);
            return await MartsReader.ReadAsync(command, ct);
        }, cancellationToken);
        var hasNext = rows.Count > first;
        return (hasNext ? rows.GetRange(0, first) : rows, hasNext);
    }

    public Task<int> CountAsync(MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, CancellationToken cancellationToken) =>
        gate.RunAsync(async ct =>
        {
            await using var command = CountCommand(filter, visibility, origin);
            return (int)(await command.ExecuteScalarAsync(ct))!;
        }, cancellationToken);

    /// <summary>The count statement (exposed so tests can EXPLAIN it).</summary>
    internal NpgsqlCommand CountCommand(MartFilter filter, SourceVisibility visibility, SearchOrigin? origin)
    {
        var command = dataSource.CreateCommand();
        command.CommandText = $"SELECT count(*)::int FROM marts.services {MartPredicates.Clause(Where(filter, visibility, origin, command, out _))}";
        return command;
    }

    /// <summary>The page statement (exposed so tests can EXPLAIN it).</summary>
    internal NpgsqlCommand PageCommand(
        MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, int first, (double? Distance, string Id)? after, IReadOnlyList<string>? columns = null, int offset = 0)
    {
        var command = dataSource.CreateCommand();
        var where = Where(filter, visibility, origin, command, out var distance);
        var keyset = after switch
        {
            null => string.Empty,
            ({ } d, var id) => $"WHERE (distance_km > ${MartPredicates.Add(command, d)} OR (distance_km = ${command.Parameters.Count} AND id > ${MartPredicates.Add(command, id)}) OR distance_km IS NULL)",
            (null, var id) => $"WHERE distance_km IS NULL AND id > ${MartPredicates.Add(command, id)}",
        };
        var select = MartsReader.Select(columns);
        command.CommandText = $"""
            SELECT * FROM (
                SELECT {select}, {distance} AS distance_km FROM marts.services {MartPredicates.Clause(where)}
            ) s {keyset}
            ORDER BY distance_km NULLS LAST, id LIMIT ${MartPredicates.Add(command, first + 1)}
            """ + (offset > 0 ? $" OFFSET ${MartPredicates.Add(command, offset)}" : string.Empty);
        return command;
    }

    // The filters, eligibility and range; `distance` is the km expression of an in-person service within range, else NULL.
    private static List<string> Where(MartFilter filter, SourceVisibility visibility, SearchOrigin? origin, NpgsqlCommand command, out string distance)
    {
        var where = MartPredicates.Where(MartsReader.Services, filter, visibility, command);
        distance = "NULL::double precision";
        if (origin is null)
        {
            return where;
        }

        var within = GeoSearch.Within(origin, command, out var metres);
        if (GeoSearch.Eligible(origin, command) is { } eligible)
        {
            where.Add(eligible);
        }

        where.Add($"({within} OR modes_accueil @> '{{a-distance}}'::text[])");
        distance = $"CASE WHEN 'en-presentiel' = ANY(modes_accueil) AND {within} THEN {metres} / 1000 END";
        return where;
    }
}
