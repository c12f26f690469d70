using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataInclusion.Host.OpenData;

/// <summary>The JSON the open-data side writes and reads, source-generated.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(OpenDataCatalog))]
internal sealed partial class OpenDataJsonContext : JsonSerializerContext;
