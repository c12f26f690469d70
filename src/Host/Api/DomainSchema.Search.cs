using DataInclusion.GraphQL;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.Host.Api;

/// <summary>The two searches: <c>searchServices</c> (near a person, eligibility) and <c>search</c> (full text).</summary>
internal static partial class DomainSchema
{
    private static SchemaBuilder AddSearch(this SchemaBuilder builder, MartsReader marts, SearchGate gate)
    {
        var geo = new GeoSearch(marts.DataSource);
        var services = new ServiceSearch(marts.DataSource, gate);
        var text = new TextSearch(marts.DataSource, gate);
        return builder
            .AddResolver("Query", "searchServices", context => SearchServicesAsync(context, geo, services))
            .AddResolver("ServiceSearchConnection", "totalCount", CountAsync)
            .AddResolver("Query", "search", context => SearchAsync(context, geo, text))
            .AddResolver("SearchConnection", "totalCount", CountAsync)
            .AddResolver("SearchEdge", "service", context => HitAsync(context, marts, "service", MartsReader.Services))
            .AddResolver("SearchEdge", "structure", context => HitAsync(context, marts, "structure", MartsReader.Structures));
    }

    private static async ValueTask<object?> SearchServicesAsync(ResolveContext context, GeoSearch geo, ServiceSearch search)
    {
        var first = First(context, 100);
        var after = Keyed(context);
        var filter = FilterArguments.Read(context, codeCommuneIsOrigin: true);
        var origin = await OriginAsync(context, geo);
        var columns = Projection.Columns(context.FieldNodes, ["edges", "node"], "id");
        var visibility = Visibility(context);
        var (rows, hasNext) = await search.PageAsync(filter, visibility, origin, first, after, columns, context.CancellationToken);
        var edges = rows.Select(row =>
        {
            var distance = row.GetValueOrDefault("distanceKm") as double?;
            return new Dictionary<string, object?>
            {
                ["cursor"] = Cursor.Encode(distance, (string)row["id"]!),
                ["distanceKm"] = distance is { } km ? Math.Round(km, 2) : null,
                ["node"] = row,
            };
        }).ToList();
        return Connection(edges, hasNext, after is not null, () => search.CountAsync(filter, visibility, origin, context.CancellationToken));
    }

    private static async ValueTask<object?> SearchAsync(ResolveContext context, GeoSearch geo, TextSearch search)
    {
        var q = context.GetArgument<string>("q")!;
        if (string.IsNullOrWhiteSpace(q) || q.Length > 500)
        {
            throw new GraphQLException("q : donnez de 1 à 500 caractères à chercher.");
        }

        var first = First(context, 20);
        var after = Keyed(context);
        var filter = FilterArguments.Read(context, codeCommuneIsOrigin: true);
        var origin = await OriginAsync(context, geo);
        var visibility = Visibility(context);
        var (hits, hasNext) = await search.PageAsync(q, filter, visibility, origin, first, after, context.CancellationToken);
        var edges = hits.Select(hit => new Dictionary<string, object?>
        {
            ["cursor"] = Cursor.Encode(hit.Score, hit.Id),
            ["score"] = hit.Score,
            ["distanceKm"] = hit.DistanceKm is { } km ? Math.Round(km, 2) : null,
            ["kind"] = hit.Kind,
            ["id"] = hit.Id,
        }).ToList();
        return Connection(edges, hasNext, after is not null, () => search.CountAsync(q, filter, visibility, origin, context.CancellationToken));
    }

    // A hit's service or structure, through the same batching loader as the lookups by id: one query per level.
    private static async ValueTask<object?> HitAsync(ResolveContext context, MartsReader marts, string kind, string table)
    {
        var edge = (IReadOnlyDictionary<string, object?>)context.Source!;
        return (string)edge["kind"]! == kind ? await ByIdLoader(context, marts, table).LoadAsync((string)edge["id"]!) : null;
    }

    private static async Task<SearchOrigin?> OriginAsync(ResolveContext context, GeoSearch geo)
    {
        var (origin, errors) = await geo.ResolveAsync(FilterArguments.Area(context), context.CancellationToken);
        FilterArguments.ThrowIfAny(errors);
        return origin;
    }

    private static (double? Key, string Id)? Keyed(ResolveContext context) => context.GetArgument<string>("after") is { } after
        ? Cursor.DecodeKeyed(after) ?? throw new GraphQLException($"\"after\" is not a cursor returned by this search: \"{after}\".")
        : null;

    private static Dictionary<string, object?> Connection(List<Dictionary<string, object?>> edges, bool hasNext, bool hasPrevious, Func<Task<int>> count) => new()
    {
        ["edges"] = edges,
        ["pageInfo"] = new Dictionary<string, object?>
        {
            ["hasNextPage"] = hasNext,
            ["hasPreviousPage"] = hasPrevious,
            ["startCursor"] = edges.Count > 0 ? edges[0]["cursor"] : null,
            ["endCursor"] = edges.Count > 0 ? edges[^1]["cursor"] : null,
        },
        [CountKey] = !hasPrevious && !hasNext ? () => Task.FromResult(edges.Count) : count,
    };
}
