using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace DataInclusion.Host.Rest;

/// <summary>A duplicate named in a list: its source and id (data·inclusion's <c>ListedStructure.doublons</c>).</summary>
internal sealed record RestRecordRef(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("id")] string Id);

/// <summary><c>GET /structures</c> items: the structure and the other structures of its cluster of duplicates.</summary>
internal sealed record RestListedStructure : RestStructure
{
    [SetsRequiredMembers]
    public RestListedStructure(RestStructure structure, IReadOnlyList<RestRecordRef> doublons)
        : base(structure) => Doublons = doublons;

    [JsonPropertyName("doublons")] public required IReadOnlyList<RestRecordRef> Doublons { get; init; }
}

/// <summary><c>GET /structures/{id}</c>: the structure, its duplicates in full, and its services.</summary>
internal sealed record RestDetailedStructure : RestStructure
{
    [SetsRequiredMembers]
    public RestDetailedStructure(RestStructure structure, IReadOnlyList<RestStructure> doublons, IReadOnlyList<RestService> services)
        : base(structure) => (Doublons, Services) = (doublons, services);

    [JsonPropertyName("doublons")] public required IReadOnlyList<RestStructure> Doublons { get; init; }
    [JsonPropertyName("services")] public required IReadOnlyList<RestService> Services { get; init; }
}
