using System.Text.Json.Serialization;

namespace DataInclusion.Normalize.Quality;

/// <summary>One applicable quality criterion of a service and its score in [0, 1] (two decimals).</summary>
public sealed record CriterionScore(
    [property: JsonPropertyName("nom")] string Nom,
    [property: JsonPropertyName("score")] double Score);
