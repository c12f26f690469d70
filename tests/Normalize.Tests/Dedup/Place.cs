namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>A physical place of the labelled set, before any source writes it down.</summary>
public sealed record Place(
    string Nom,
    Town Town,
    int Number,
    string StreetType,
    string StreetName,
    double Latitude,
    double Longitude,
    string Phone,
    string? Email,
    string? Website,
    string Siret);
