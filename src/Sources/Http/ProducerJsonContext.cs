using System.Text.Json;
using System.Text.Json.Serialization;
using DataInclusion.Sources.Soliguide;

namespace DataInclusion.Sources.Http;

/// <summary>The request bodies the producer clients serialize (answers are kept as bytes, never deserialized here).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SoliguideSearch))]
internal sealed partial class ProducerJsonContext : JsonSerializerContext;
