using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>The udata bodies, source-generated for the Refit client.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(UdataDataset))]
[JsonSerializable(typeof(UdataResource))]
[JsonSerializable(typeof(UdataUploadStatus))]
[JsonSerializable(typeof(UdataResourceMetadata))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
internal sealed partial class UdataJsonContext : JsonSerializerContext;
