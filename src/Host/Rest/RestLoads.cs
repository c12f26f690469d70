using DataInclusion.Host.Api;

namespace DataInclusion.Host.Rest;

/// <summary>The nested records of REST v1 responses, one batched query per level (never one per row).</summary>
internal static class RestLoads
{
    /// <summary>Each structure's other cluster members, keyed by structure id.</summary>
    public static async Task<Dictionary<string, List<RestStructure>>> DoublonsAsync(
        RestQuery query, IReadOnlyList<IReadOnlyDictionary<string, object?>> structures, CancellationToken cancellationToken)
    {
        var clusters = structures.Select(s => s.GetValueOrDefault("clusterId") as string).OfType<string>().Distinct().ToList();
        var members = clusters.Count == 0
            ? Array.Empty<Dictionary<string, object?>>().ToLookup(row => string.Empty)
            : (await query.Marts.WhereInAsync(MartsReader.Structures, "cluster_id", clusters, query.Visibility, RestRows.StructureColumns, cancellationToken))
                .ToLookup(row => (string)row["clusterId"]!);
        return structures.ToDictionary(
            s => (string)s["id"]!,
            s => s.GetValueOrDefault("clusterId") is string cluster
                ? members[cluster].Where(m => (string)m["id"]! != (string)s["id"]!).Select(RestRows.Structure).ToList()
                : []);
    }

    /// <summary>The structures of <paramref name="services"/>, keyed by id.</summary>
    public static async Task<Dictionary<string, RestStructure>> StructuresOfAsync(
        RestQuery query, IEnumerable<RestService> services, CancellationToken cancellationToken)
    {
        var ids = services.Select(s => s.StructureId).Distinct().ToList();
        return ids.Count == 0
            ? []
            : (await query.Marts.WhereInAsync(MartsReader.Structures, "id", ids, query.Visibility, RestRows.StructureColumns, cancellationToken))
                .Select(RestRows.Structure).ToDictionary(s => s.Id);
    }

    /// <summary>The services of <paramref name="structureIds"/>, grouped by structure.</summary>
    public static async Task<ILookup<string, RestService>> ServicesOfAsync(RestQuery query, IReadOnlyList<string> structureIds, CancellationToken cancellationToken) =>
        structureIds.Count == 0
            ? Array.Empty<RestService>().ToLookup(s => s.StructureId)
            : (await query.Marts.WhereInAsync(MartsReader.Services, "structure_id", structureIds, query.Visibility, RestRows.ServiceColumns, cancellationToken))
                .Select(RestRows.Service).ToLookup(s => s.StructureId);

    /// <summary>Structures in detail (duplicates in full, services), in the order given.</summary>
    public static async Task<List<RestDetailedStructure>> DetailedStructuresAsync(
        RestQuery query, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        var doublons = await DoublonsAsync(query, rows, cancellationToken);
        var services = await ServicesOfAsync(query, rows.Select(r => (string)r["id"]!).ToList(), cancellationToken);
        return rows.Select(RestRows.Structure).Select(s => new RestDetailedStructure(s, doublons[s.Id], [.. services[s.Id]])).ToList();
    }

    /// <summary>Services with their structure, in the order given.</summary>
    public static async Task<List<RestDetailedService>> DetailedServicesAsync(
        RestQuery query, IEnumerable<IReadOnlyDictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        var services = rows.Select(RestRows.Service).ToList();
        var structures = await StructuresOfAsync(query, services, cancellationToken);
        // The services → structures foreign key (deferred, checked at commit) guarantees the structure is there.
        return services.Select(s => new RestDetailedService(s, structures[s.StructureId])).ToList();
    }
}
