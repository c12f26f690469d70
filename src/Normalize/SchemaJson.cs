using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DataInclusion.Normalize;

/// <summary>JSON settings for schema v1 records: snake_case names from the model, nulls omitted, accents kept as UTF-8.</summary>
public static class SchemaJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>
    /// For producer feeds: a missing required field is left empty (the validator reports it instead of the parser
    /// rejecting the whole record), and numbers may come as strings.
    /// </summary>
    internal static JsonSerializerOptions Lenient { get; } = new(Options)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { MakeNothingRequired } },
        Converters = { new Internal.FiniteDoubleConverter() },
    };

    public static string Serialize(Structure structure) => JsonSerializer.Serialize(structure, Options);

    public static string Serialize(Service service) => JsonSerializer.Serialize(service, Options);

    private static void MakeNothingRequired(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            property.IsRequired = false;
        }
    }
}
