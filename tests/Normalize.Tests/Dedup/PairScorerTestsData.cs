namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>A fully described structure the dedup tests vary field by field.</summary>
internal static class PairScorerTestsData
{
    public static readonly Structure Relais = new()
    {
        Source = "dora", Id = "dora--1", Nom = "Le Relais Insertion", DateMaj = new DateOnly(2025, 1, 1),
        CodeInsee = "31555", Commune = "Toulouse", Adresse = "45 boulevard de Strasbourg", Telephone = "05 61 00 00 01",
        Latitude = 43.6090, Longitude = 1.4470, Siret = "48300258100021",
    };
}
