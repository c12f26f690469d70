namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>The fields of a udata resource (or upload answer) we read.</summary>
internal sealed record UdataResource(string Id, string? Title, string? Url, long? Filesize, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Extras);
