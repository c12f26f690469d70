using System.Reflection;
using DataInclusion.GraphQL;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.Host.Api;

/// <summary>
/// The API's schema: <c>schema/datainclusion.graphql</c> bound to resolvers over the marts. Nested lookups
/// (a structure's services, a service's structure) go through batching loaders: one query per level, not per parent.
/// </summary>
internal static partial class DomainSchema
{
    public const int MaxPageSize = 1000;

    public static string Sdl { get; } = ReadSdl();

    public static Schema Build(MartsReader marts, SourcesResolver sources, SearchGate searchGate) => new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .AddResolver("Query", "structures", context => ConnectionAsync(context, marts, MartsReader.Structures))
        .AddResolver("Query", "services", context => ConnectionAsync(context, marts, MartsReader.Services))
        .AddResolver("Query", "structure", async context => await ByIdLoader(context, marts, MartsReader.Structures).LoadAsync(context.GetArgument<string>("id")!))
        .AddResolver("Query", "service", async context => await ByIdLoader(context, marts, MartsReader.Services).LoadAsync(context.GetArgument<string>("id")!))
        .AddResolver("Query", "sources", context => sources.ResolveAsync(Visibility(context), context.CancellationToken))
        .AddResolver("StructureEdge", "cursor", EdgeCursor)
        .AddResolver("ServiceEdge", "cursor", EdgeCursor)
        .AddResolver("StructureConnection", "totalCount", CountAsync)
        .AddResolver("ServiceConnection", "totalCount", CountAsync)
        .AddResolver("Structure", "services", async context =>
            await ServicesOfStructureLoader(context, marts).LoadAsync(Field(context, "id")) ?? [])
        .AddResolver("Structure", "doublons", DoublonsAsync(marts))
        .AddResolver("Service", "structure", async context =>
            await ByIdLoader(context, marts, MartsReader.Structures).LoadAsync(Field(context, "structureId")))
        .AddResolver("Service", "criteresQualite", context => ValueTask.FromResult(QualityCriteria.Read(context.Source)))
        .AddSearch(marts, searchGate)
        .AddReferentiels()
        .AddScalar(new DateTimeScalar())
        .Build();

    private static async ValueTask<object?> ConnectionAsync(ResolveContext context, MartsReader marts, string table)
    {
        var first = First(context, 100);

        string? afterId = null;
        if (context.GetArgument<string>("after") is { } after)
        {
            afterId = Cursor.Decode(after) ?? throw new GraphQLException($"\"after\" is not a cursor returned by this API: \"{after}\".");
        }

        var filter = FilterArguments.Read(context);
        var columns = Projection.Columns(context.FieldNodes, ["edges", "node"], "id");
        var visibility = Visibility(context);
        var (rows, hasNext) = await marts.PageAsync(table, filter, visibility, first, afterId, columns, context.CancellationToken);
        // An edge's cursor is encoded when asked for (EdgeCursor): portals page with pageInfo.endCursor, rarely per edge.
        var edges = rows.Select(row => new Dictionary<string, object?>(1) { ["node"] = row }).ToList();
        return new Dictionary<string, object?>
        {
            ["edges"] = edges,
            ["pageInfo"] = new Dictionary<string, object?>
            {
                ["hasNextPage"] = hasNext,
                ["hasPreviousPage"] = afterId is not null,
                ["startCursor"] = rows.Count > 0 ? Cursor.Encode((string)rows[0]["id"]!) : null,
                ["endCursor"] = rows.Count > 0 ? Cursor.Encode((string)rows[^1]["id"]!) : null,
            },
            // Counted only when asked for (see CountAsync), and not at all when the first page holds every match: the
            // count is the one part of a page that reads every matching row.
            [CountKey] = afterId is null && !hasNext
                ? new Func<Task<int>>(() => Task.FromResult(rows.Count))
                : new Func<Task<int>>(() => marts.CountAsync(table, filter, visibility, context.CancellationToken)),
        };
    }

    private static ValueTask<object?> EdgeCursor(ResolveContext context) =>
        ValueTask.FromResult<object?>(Cursor.Encode(Field((IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)context.Source!)["node"]!, "id")));

    private const string CountKey = "countAsync";

    private static async ValueTask<object?> CountAsync(ResolveContext context) =>
        await ((Func<Task<int>>)((IReadOnlyDictionary<string, object?>)context.Source!)[CountKey]!)();

    // One loader per table, key and selected columns: parents asking for the same fields share one batch.
    private static DataLoader<string, Dictionary<string, object?>> ByIdLoader(ResolveContext context, MartsReader marts, string table)
    {
        var columns = Projection.Columns(context.FieldNodes, [], "id");
        var visibility = Visibility(context);
        return context.Loader<string, Dictionary<string, object?>>(LoaderName(table + ".id", columns), async (ids, ct) =>
            (await marts.WhereInAsync(table, "id", ids, visibility, columns, ct)).ToDictionary(row => (string)row["id"]!));
    }

    private static DataLoader<string, List<Dictionary<string, object?>>> ServicesOfStructureLoader(ResolveContext context, MartsReader marts)
    {
        var columns = Projection.Columns(context.FieldNodes, [], "id", "structure_id");
        var visibility = Visibility(context);
        return context.Loader<string, List<Dictionary<string, object?>>>(LoaderName("services.structure_id", columns), async (ids, ct) =>
            (await marts.WhereInAsync(MartsReader.Services, "structure_id", ids, visibility, columns, ct))
                .GroupBy(row => (string)row["structureId"]!)
                .ToDictionary(group => group.Key, group => group.ToList()));
    }

    // The other members of the structure's cluster: one query per level for every parent, keyed by cluster id.
    private static FieldResolver DoublonsAsync(MartsReader marts) => async context =>
    {
        var source = (IReadOnlyDictionary<string, object?>)context.Source!;
        if (source.GetValueOrDefault("clusterId") is not string clusterId)
        {
            return new List<Dictionary<string, object?>>();
        }

        var columns = Projection.Columns(context.FieldNodes, [], "id", "cluster_id");
        var visibility = Visibility(context);
        var members = await context.Loader<string, List<Dictionary<string, object?>>>(LoaderName("structures.cluster_id", columns), async (ids, ct) =>
            (await marts.WhereInAsync(MartsReader.Structures, "cluster_id", ids, visibility, columns, ct))
                .GroupBy(row => (string)row["clusterId"]!)
                .ToDictionary(group => group.Key, group => group.ToList())).LoadAsync(clusterId) ?? [];
        var id = (string)source["id"]!;
        return members.Where(member => (string)member["id"]! != id).ToList();
    };

    /// <summary>
    /// The caller's visibility, from the execution's user context (set by the HTTP door from <c>ApiAccess.Caller</c>);
    /// an execution without one reads as an anonymous caller, never as a privileged one.
    /// </summary>
    private static SourceVisibility Visibility(ResolveContext context) => (context.UserContext as ApiCaller ?? ApiCaller.Anonymous).Visibility;

    private static string LoaderName(string key, IReadOnlyList<string>? columns) =>
        columns is null ? key + "|*" : key + "|" + string.Join(',', columns);

    private static string Field(ResolveContext context, string name) => Field((IReadOnlyDictionary<string, object?>)context.Source!, name);

    private static string Field(IReadOnlyDictionary<string, object?> row, string name) => (string)row[name]!;

    private static int First(ResolveContext context, int byDefault)
    {
        var first = context.GetArgument<int?>("first") ?? byDefault;
        return first is < 0 or > MaxPageSize
            ? throw new GraphQLException($"\"first\" must be between 0 and {MaxPageSize}; got {first}.")
            : first;
    }

    private static string ReadSdl()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("datainclusion.graphql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
