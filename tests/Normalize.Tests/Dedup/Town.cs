namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>A real commune (COG code, postcode, name, approximate centre) for the labelled set.</summary>
public sealed record Town(string CodeInsee, string CodePostal, string Nom, double Latitude, double Longitude)
{
    public static readonly Town[] All =
    [
        new("69123", "69003", "Lyon", 45.7578, 4.8320),
        new("69266", "69100", "Villeurbanne", 45.7719, 4.8902),
        new("44109", "44000", "Nantes", 47.2184, -1.5536),
        new("35238", "35000", "Rennes", 48.1173, -1.6778),
        new("59350", "59000", "Lille", 50.6292, 3.0573),
        new("59512", "59100", "Roubaix", 50.6942, 3.1746),
        new("31555", "31000", "Toulouse", 43.6047, 1.4442),
        new("34172", "34000", "Montpellier", 43.6108, 3.8767),
        new("38185", "38000", "Grenoble", 45.1885, 5.7245),
        new("67482", "67000", "Strasbourg", 48.5734, 7.7521),
        new("21231", "21000", "Dijon", 47.3220, 5.0415),
        new("87085", "87000", "Limoges", 45.8336, 1.2611),
    ];

    /// <summary>Pairs of distinct communes with the same name (homonyms), far apart.</summary>
    public static readonly (Town A, Town B)[] Homonyms =
    [
        (new("93066", "93200", "Saint-Denis", 48.9362, 2.3574), new("97411", "97400", "Saint-Denis", -20.8823, 55.4504)),
        (new("26362", "26000", "Valence", 44.9334, 4.8924), new("82186", "82400", "Valence", 44.1106, 0.8900)),
        (new("11339", "11310", "Saint-Denis", 43.3567, 2.2225), new("93066", "93200", "Saint-Denis", 48.9362, 2.3574)),
    ];
}
