namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>Distinct places that look alike; each family also holds one true duplicate per instance, so it counts both ways.</summary>
public static partial class CaseFamilies
{
    private static readonly string[] s_networks = ["Mission locale {c}", "Croix-Rouge française - unité locale de {c}", "Secours populaire {c}", "France Travail {c}"];

    /// <summary>A network publishes its head office's SIRET for every antenna, in other communes.</summary>
    public static IEnumerable<LabelledRecord> DistinctSharingSiret()
    {
        var faker = new PlaceFaker(6);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var headOffice = faker.NewSiret();
            var network = s_networks[i % s_networks.Length];
            var antennas = Enumerable.Range(0, 3).Select(k => Town.All[(i + (k * 4)) % Town.All.Length])
                .Select(town => faker.NewPlace(Fill(network, town), town, siret: i % 2 == 0 ? headOffice : faker.NewSiretInSiren(headOffice)))
                .ToList();
            for (var k = 0; k < antennas.Count; k++)
            {
                yield return new("distinct-shared-siret", $"siret-{i}-{k}", faker.Render(antennas[k], "france-travail"));
            }

            yield return new("distinct-shared-siret", $"siret-{i}-0", faker.Render(antennas[0], "dora", nom: network.Replace(" {c}", string.Empty, StringComparison.Ordinal).Replace(" de", string.Empty, StringComparison.Ordinal), driftMetres: 20));
        }
    }

    /// <summary>A France services site hosts 2–4 other structures at its address, with its phone.</summary>
    public static IEnumerable<LabelledRecord> DistinctHostedByFranceServices()
    {
        string[] hosted =
        [
            "CCAS de {c}", "Permanence CAF - France services {c}", "Mission locale (France services de {c})", "CIDFF",
            "Conseiller numérique France services", "Secours catholique",
        ];
        var faker = new PlaceFaker(7);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var town = Town.All[i % Town.All.Length];
            var host = faker.NewPlace(Fill("France services {c}", town), town);
            yield return new("distinct-france-services", $"fs-{i}-host", faker.Render(host, "dora"));
            yield return new("distinct-france-services", $"fs-{i}-host", faker.Render(host, "mediation-numerique", nom: "Maison France Services", withSiret: false, driftMetres: 15));
            for (var k = 0; k < 2 + (i % 3); k++)
            {
                var guest = faker.NewPlace(Fill(hosted[(i + k) % hosted.Length], town), town, phone: host.Phone, sameAddressAs: host);
                yield return new("distinct-france-services", $"fs-{i}-{k}", faker.Render(guest, "soliguide", withSiret: k % 2 == 0, dropContactRate: 0));
            }
        }
    }

    /// <summary>Two antennas of one network, a named antenna and another network, in one commune.</summary>
    public static IEnumerable<LabelledRecord> DistinctNetworkNamesInOneCommune()
    {
        var faker = new PlaceFaker(8);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var town = Town.All[i % Town.All.Length];
            var headOffice = faker.NewSiret();
            var first = faker.NewPlace("Mission locale", town, siret: headOffice);
            var second = faker.NewPlace("Mission locale", town, siret: headOffice);
            var named = faker.NewPlace($"Mission locale {town.Nom} Nord", town, siret: headOffice);
            var other = faker.NewPlace("Secours populaire", town);
            yield return new("distinct-network-one-commune", $"net-{i}-1", faker.Render(first, "dora"));
            yield return new("distinct-network-one-commune", $"net-{i}-2", faker.Render(second, "dora"));
            yield return new("distinct-network-one-commune", $"net-{i}-3", faker.Render(named, "soliguide"));
            yield return new("distinct-network-one-commune", $"net-{i}-4", faker.Render(other, "soliguide"));
            yield return new("distinct-network-one-commune", $"net-{i}-1", faker.Render(first, "emplois-de-linclusion", nom: $"Mission Locale de {town.Nom}", driftMetres: 30, dropContactRate: 0));
        }
    }

    /// <summary>The same name in two communes that share their name (Saint-Denis 93 and 974, Valence 26 and 82).</summary>
    public static IEnumerable<LabelledRecord> DistinctHomonymCommunes()
    {
        var faker = new PlaceFaker(9);
        for (var i = 0; i < InstancesPerFamily; i++)
        {
            var (a, b) = Town.Homonyms[i % Town.Homonyms.Length];
            var nom = i % 2 == 0 ? s_specificNames[i % s_specificNames.Length] : Fill("CCAS de {c}", a);
            var here = faker.NewPlace(nom, a);
            var there = faker.NewPlace(nom, b, sameAddressAs: null);
            yield return new("distinct-homonym-communes", $"homonym-{i}-a", faker.Render(here, "dora"));

            // Half of them come without a commune code: only the postcode tells the homonyms apart.
            var thereRecord = faker.Render(there, "soliguide", withSiret: false);
            yield return new("distinct-homonym-communes", $"homonym-{i}-b", i % 4 < 2 ? thereRecord : thereRecord with { CodeInsee = null });
            yield return new("distinct-homonym-communes", $"homonym-{i}-a", faker.Render(here, "cd35", withSiret: false, driftMetres: 10) with { CodeInsee = null });
        }
    }
}
