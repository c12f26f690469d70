using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Reads a JSON number or a numeric string as a finite double. 1e400, "Infinity" or "NaN" are refused as a type error
/// on the field: they could not be written back as JSON nor stored in a mart.
/// </summary>
internal sealed class FiniteDoubleConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var parsed = reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetDouble(out var number) => number,
            JsonTokenType.String when double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
            _ => double.NaN,
        };
        return double.IsFinite(parsed) ? parsed : throw new JsonException("a finite number is expected");
    }

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
