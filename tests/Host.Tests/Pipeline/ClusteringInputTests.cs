using System.Text;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Normalize;
using DataInclusion.Normalize.Dedup;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// The clustering after a publication reads the marts' columns back as typed values (issue 8: the JSON round trip was
/// most of its time). One clusterer, two doors: on the same structures it must answer what the clusterer answers on
/// the producer's records, which the <c>dedup</c> command reads with the v1 reader.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusteringInputTests(PostgresFixture postgres)
{
    // Pairs of one place, each held together by one key only (same name, same commune, plus: phone, e-mail, SIRET,
    // street, or coordinates 20 m apart and one website), and a neighbour that is another place.
    private const string Feed = """
        [
          {"id": "tel-1", "nom": "Atelier vélo des Castors", "date_maj": "2025-06-01", "code_insee": "44109", "commune": "Nantes", "telephone": "02 40 00 00 01"},
          {"id": "tel-2", "nom": "Atelier vélo des Castors", "date_maj": "2025-06-02", "code_insee": "44109", "commune": "Nantes", "telephone": "+33 2 40 00 00 01"},
          {"id": "mail-1", "nom": "Épicerie La Luciole", "date_maj": "2025-06-01", "code_insee": "44109", "commune": "Nantes", "courriel": "contact@luciole-nantes.fr"},
          {"id": "mail-2", "nom": "Epicerie la Luciole", "date_maj": "2025-06-01", "code_insee": "44109", "commune": "Nantes", "courriel": "Contact@luciole-nantes.fr"},
          {"id": "siret-1", "nom": "Tremplin Bâtiment Ouest", "date_maj": "2025-06-01", "code_insee": "44109", "commune": "Nantes", "siret": "41234567000126"},
          {"id": "siret-2", "nom": "Tremplin Batiment Ouest", "date_maj": "2025-06-01", "code_insee": "44109", "commune": "Nantes", "siret": "41234567000126"},
          {"id": "rue-1", "nom": "Repair café Dervallières", "date_maj": "2025-06-01", "code_insee": "44109", "commune": "Nantes", "adresse": "5 rue Louis Le Nain"},
          {"id": "rue-2", "nom": "Repair Café Dervallieres", "date_maj": "2025-06-01", "code_insee": "44109", "commune": "Nantes", "adresse": "5, r. Louis Le Nain"},
          {"id": "geo-1", "nom": "Ressourcerie Trocantons", "date_maj": "2025-06-01", "code_insee": "44109", "commune": "Nantes",
           "latitude": 47.2184, "longitude": -1.5536, "site_web": "https://www.trocantons.org/accueil"},
          {"id": "geo-2", "nom": "Ressourcerie Trocantons", "date_maj": "2025-06-01", "code_insee": "44109", "commune": "Nantes",
           "latitude": 47.2186, "longitude": -1.5535, "site_web": "trocantons.org"},
          {"id": "autre", "nom": "Ludothèque Les Dés Bleus", "date_maj": "2025-06-01", "code_insee": "44109", "commune": "Nantes",
           "adresse": "5 rue Louis Le Nain", "telephone": "02 40 00 00 01", "latitude": 47.2184, "longitude": -1.5536}
        ]
        """;

    [Fact]
    public async Task ClustersOfThePublishedMarts_AreTheClustersOfTheProducersRecords()
    {
        var harness = await RunnerHarness.CreateAsync(postgres);
        harness.Connector.StructuresJson = Feed;
        Assert.Equal(SourceRunStatus.Succeeded, (await harness.RunAsync()).Status);

        var mapped = new V1FeedMapper(RunnerHarness.Source).Map(
            [new RawDocument(V1FeedMapper.StructuresStream, "structures.json", Encoding.UTF8.GetBytes(Feed), "application/json")]);
        var expected = new StructureClusterer().Cluster(mapped.Structures);
        // Each pair is one cluster only through its own key: a key the marts' read dropped or garbled splits one.
        Assert.Equal(5, expected.Clusters.Count(c => c.MemberIds.Count == 2));

        var published = await Sql.ColumnAsync(harness.Db, "SELECT id || ' ' || cluster_id FROM marts.structures ORDER BY id");
        Assert.Equal(
            mapped.Structures.Select((s, i) => $"{s.Id} {expected.ClusterIdByIndex[i]}").Order(StringComparer.Ordinal),
            published);
    }
}
