using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace DataInclusion.Host.Rest;

/// <summary>
/// What a REST v1 structure and service both carry (reference §1.3, §1.4): the place's address and contacts, and
/// whether the BAN certified the address — declared, and read from a mart row, once for both. data·inclusion puts these
/// fields amid each record's own ones; System.Text.Json writes a derived record's properties before its base's, so
/// every field says its place (<see cref="Order"/>), and the OpenAPI document, built from the same metadata, follows.
/// </summary>
internal abstract record RestPlace
{
    private const string Geocoded = "geocodage";

    /// <param name="row">A mart row as <see cref="Api.MartsReader"/> returns it (camelCase keys).</param>
    [SetsRequiredMembers]
    private protected RestPlace(IReadOnlyDictionary<string, object?> row)
    {
        Commune = RestRows.Text(row, "commune");
        CodePostal = RestRows.Text(row, "codePostal");
        CodeInsee = RestRows.Text(row, "codeInsee");
        Adresse = RestRows.Text(row, "adresse");
        ComplementAdresse = RestRows.Text(row, "complementAdresse");
        Longitude = row.GetValueOrDefault("longitude") as double?;
        Latitude = row.GetValueOrDefault("latitude") as double?;
        Telephone = RestRows.Text(row, "telephone");
        Courriel = RestRows.Text(row, "courriel");
        AdresseCertifiee = RestRows.Text(row, "adresseProvenance") == Geocoded;
    }

    // C# required, as every REST field (the OpenAPI document lists them so), though the constructors set them (they
    // say so with SetsRequiredMembers; RestRowsTests checks that each field is set).
    [JsonPropertyName("commune"), JsonPropertyOrder(Order.Address)] public required string? Commune { get; init; }
    [JsonPropertyName("code_postal"), JsonPropertyOrder(Order.Address)] public required string? CodePostal { get; init; }
    [JsonPropertyName("code_insee"), JsonPropertyOrder(Order.Address)] public required string? CodeInsee { get; init; }
    [JsonPropertyName("adresse"), JsonPropertyOrder(Order.Address)] public required string? Adresse { get; init; }
    [JsonPropertyName("complement_adresse"), JsonPropertyOrder(Order.Address)] public required string? ComplementAdresse { get; init; }
    [JsonPropertyName("longitude"), JsonPropertyOrder(Order.Address)] public required double? Longitude { get; init; }
    [JsonPropertyName("latitude"), JsonPropertyOrder(Order.Address)] public required double? Latitude { get; init; }
    [JsonPropertyName("telephone"), JsonPropertyOrder(Order.Address)] public required string? Telephone { get; init; }
    [JsonPropertyName("courriel"), JsonPropertyOrder(Order.Address)] public required string? Courriel { get; init; }

    /// <summary>The address is the BAN's (geocoded with a score above 0.75), not only the producer's.</summary>
    [JsonPropertyName("adresse_certifiee"), JsonPropertyOrder(Order.Certified)] public required bool AdresseCertifiee { get; init; }

    /// <summary>
    /// Where a field is written (ties keep declaration order, a derived record's first): a record's own fields up to
    /// the address (unmarked), the address, its own fields after it, <c>adresse_certifiee</c>, then <c>score_qualite</c>.
    /// </summary>
    internal static class Order
    {
        public const int Address = 1;
        public const int AfterAddress = 2;
        public const int Certified = 3;
        public const int Score = 4;
    }
}
