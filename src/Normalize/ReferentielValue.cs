using System.Text.Json.Serialization;

namespace DataInclusion.Normalize;

/// <summary>One value of a référentiel, as in schema/referentiels/*.json.</summary>
public sealed record ReferentielValue(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("label")] string Label);
