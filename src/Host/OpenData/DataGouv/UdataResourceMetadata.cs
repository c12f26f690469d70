using System.Text.Json.Serialization;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>
/// The body of <c>PUT /datasets/{dataset}/resources/{rid}/</c>. After an upload udata titles the resource after the
/// file; this sets the title, description, format, type and schema, and an extra naming the file of the set it holds,
/// so a resource whose id was lost can be found again.
/// </summary>
internal sealed record UdataResourceMetadata(
    string Title,
    string Description,
    string Format,
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UdataSchema? Schema,
    IReadOnlyDictionary<string, string> Extras);
