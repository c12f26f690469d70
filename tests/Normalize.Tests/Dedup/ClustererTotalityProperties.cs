using DataInclusion.Normalize.Dedup;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>The clusterer is total: any field values (empty, hostile, out of range) give one cluster id per record.</summary>
public sealed class ClustererTotalityProperties
{
    private static readonly string?[] s_texts =
    [
        null, "", " ", ".", "C.C.A.S.", "ccas", "Mission locale", "France services", "12 bd", "bp 12", "@", "a@", "@b",
        "x@gmail.com", "+33", "0000000000", "3949", "http://", "://x", "é", "😀", new string('a', 20_000), "69123", "1",
        "21690266700016", "12345678901234", "abcdefghijklmn",
    ];

    private static readonly double?[] s_numbers = [null, 0, -0.0, 90, -91, 1e300, double.Epsilon, 45.76, 4.83];

    public static Arbitrary<Structure[]> Structures() => Arb.From(
        from count in Gen.Choose(0, 12)
        from structures in Structure().ListOf(count)
        select structures.Select((s, i) => s with { Id = $"p--{i}" }).ToArray());

    [Property(Arbitrary = [typeof(ClustererTotalityProperties)])]
    public bool Cluster_GivesEveryRecordAnId(Structure[] structures)
    {
        var result = new StructureClusterer().Cluster(structures);
        return result.ClusterIdByIndex.Count == structures.Length
            && result.ClusterIdByIndex.All(id => id.StartsWith("c-", StringComparison.Ordinal))
            && result.Clusters.Sum(c => c.MemberIds.Count) == structures.Length;
    }

    private static Gen<Structure> Structure() =>
        from nom in Gen.Elements(s_texts)
        from place in Gen.Elements(s_texts)
        from contact in Gen.Elements(s_texts)
        from siret in Gen.Elements(s_texts)
        from latitude in Gen.Elements(s_numbers)
        from longitude in Gen.Elements(s_numbers)
        select new Structure
        {
            Source = "p", Id = "p", Nom = nom!, DateMaj = new DateOnly(2025, 1, 1), CodeInsee = place, Commune = place,
            CodePostal = place, Adresse = place, Telephone = contact, Courriel = contact, SiteWeb = contact, Siret = siret,
            Latitude = latitude, Longitude = longitude,
        };
}
