using DataInclusion.GraphQL.Execution;

namespace DataInclusion.Host.Api;

/// <summary>
/// The domain's cost weights over the engine's defaults (objects 1, scalars 0, lists × <c>first</c> or 10): what a
/// field costs the database more than reading a row it already has.
/// </summary>
internal static class ApiCost
{
    /// <summary>
    /// Admits every query of bench/api (≤ 601), GraphiQL's introspection query (17,634 with its 10-item lists) and
    /// the example tabs (≤ 60), and a page of 1,000 structures with their services (12,011); refuses lists of lists of lists.
    /// </summary>
    public const long DefaultMaxCost = 25_000;

    public static CostOptions Options(long maxCost) => new()
    {
        MaxCost = maxCost,
        DefaultListSize = 10,
        Fields = new Dictionary<string, FieldCost>(StringComparer.Ordinal)
        {
            // A total can read every matching row (the one part of a page that does).
            ["StructureConnection.totalCount"] = new(Weight: 10),
            ["ServiceConnection.totalCount"] = new(Weight: 10),
            ["ServiceSearchConnection.totalCount"] = new(Weight: 10),
            ["SearchConnection.totalCount"] = new(Weight: 10),
            // Geographic and full-text searches rank what they find before paging.
            ["Query.searchServices"] = new(Weight: 5),
            ["Query.search"] = new(Weight: 5),
            // A cluster rarely has more than a handful of members.
            ["Structure.doublons"] = new(ListSize: 5),
        },
    };
}
