using System.Text.Json.Serialization;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>A resource's schema in data.gouv.fr's catalogue.</summary>
internal sealed record UdataSchema(
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Version);
