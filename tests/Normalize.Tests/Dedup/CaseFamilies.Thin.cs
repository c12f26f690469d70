namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>Cases at the edge of the evidence: sparse duplicates (expected partly missed) and look-alike neighbours.</summary>
public static partial class CaseFamilies
{
    private static readonly (string A, string B)[] s_lookAlikes =
    [
        ("Atelier Vélo Solidaire", "Atelier Numérique Solidaire"),
        ("Épicerie Solidaire La Passerelle", "Épicerie Solidaire Le Pont"),
        ("Accueil de jour Le Phare", "Accueil de nuit Le Phare"),
        ("Jardin Partagé des Lilas", "Jardin Partagé du Moulin"),
    ];

    /// <summary>A sparse aggregator record: name and commune, sometimes a phone, no address nor coordinates.</summary>
    public static IEnumerable<LabelledRecord> DuplicatesWithSparseEvidence()
    {
        var faker = new PlaceFaker(10);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var town = Town.All[i % Town.All.Length];
            var place = faker.NewPlace(s_specificNames[(i * 13) % s_specificNames.Length], town);
            var truth = $"sparse-{i}";
            var sparse = faker.Render(place, "mediation-numerique", withSiret: false, dropContactRate: 0) with
            {
                Adresse = null, Latitude = null, Longitude = null, Courriel = null, SiteWeb = null,
                Telephone = i % 2 == 0 ? PlaceFaker.FormatPhone(place.Phone, "dots") : null,
            };
            yield return new("dup-sparse-evidence", truth, faker.Render(place, "dora"));
            yield return new("dup-sparse-evidence", truth, sparse);
        }
    }

    /// <summary>Two distinct places on the same street with names sharing most words, and their own duplicates.</summary>
    public static IEnumerable<LabelledRecord> DistinctLookAlikeNeighbours()
    {
        var faker = new PlaceFaker(11);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var town = Town.All[i % Town.All.Length];
            var (a, b) = s_lookAlikes[i % s_lookAlikes.Length];
            var first = faker.NewPlace(a, town);
            var second = faker.NewPlace(b, town, sameAddressAs: i % 2 == 0 ? first : null);
            yield return new("distinct-look-alike-neighbours", $"look-{i}-a", faker.Render(first, "dora"));
            yield return new("distinct-look-alike-neighbours", $"look-{i}-b", faker.Render(second, "soliguide", withSiret: false));
            yield return new("distinct-look-alike-neighbours", $"look-{i}-a", faker.Render(first, "mediation-numerique", withSiret: false, driftMetres: 20));
        }
    }
}
