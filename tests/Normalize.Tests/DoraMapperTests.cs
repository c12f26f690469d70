using System.Text;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class DoraMapperTests
{
    private readonly DoraMapper _mapper = new();
    private readonly RecordValidator _validator = new(FixedTimeProvider.Default);

    [Fact]
    public void Map_StructuresAndServices_MatchGoldenFile()
    {
        var result = _mapper.Map(
        [
            Golden.Input("Dora", "structures", DoraMapper.StructuresStream),
            Golden.Input("Dora", "services", DoraMapper.ServicesStream),
        ]);
        Golden.Verify("Dora", "feed", result, _validator);
    }

    [Fact]
    public void Map_V0Service_TranslatesVocabulary()
    {
        var service = MapServices()[0];

        Assert.Equal("formation", service.Type);
        Assert.Equal("payant", service.Frais);
        Assert.Equal(["demandeurs-emploi", "beneficiaires-des-minimas-sociaux", "personnes-en-situation-de-handicap"], service.Publics!);
        Assert.Equal(["se-presenter", "envoyer-un-courriel", "utiliser-lien-mobilisation"], service.ModesMobilisation!);
        Assert.Equal(["usagers", "professionnels"], service.MobilisablePar!);
        Assert.Equal("https://www.tremplin-emploi.example/candidature", service.LienMobilisation);
        Assert.Equal("Être inscrit à France Travail\nPièce d'identité\nCV", service.ConditionsAcces);
        Assert.Equal("Chantier d'insertion second œuvre", service.Nom);
        Assert.Equal((26.0, 26), (service.VolumeHoraireHebdomadaire, service.NombreSemaines));
    }

    [Fact]
    public void Map_ContactNotPublic_ContactFieldsDropped()
    {
        var service = MapServices()[1];
        Assert.Equal((null, null, null), (service.Courriel, service.Telephone, service.ContactNomPrenom));
        Assert.Equal(["tous-publics"], service.Publics!);
    }

    [Fact]
    public void Map_RegionZone_ListsItsDepartements_PaysZone_France()
    {
        var services = MapServices();
        Assert.Equal(["22", "29", "35", "56"], services[1].ZoneEligibilite!);
        Assert.Equal(["france"], services[2].ZoneEligibilite!);
    }

    [Fact]
    public void Map_FlatArrayWithoutStructures_KeepsServicesWithoutOrphanCheck()
    {
        var content = """[{"id":"x","structure_id":"y","nom":"Atelier","presentation_resume":"Un atelier.","date_maj":"2026-01-01","frais":"gratuit"}]""";
        var result = _mapper.Map([new RawDocument(DoraMapper.ServicesStream, "services.json", Encoding.UTF8.GetBytes(content), "application/json")]);
        var service = Assert.Single(result.Services);
        Assert.Equal(("dora--x", "dora--y", "gratuit"), (service.Id, service.StructureId, service.Frais));
    }

    private List<Service> MapServices() => _mapper.Map(
    [
        Golden.Input("Dora", "structures", DoraMapper.StructuresStream),
        Golden.Input("Dora", "services", DoraMapper.ServicesStream),
    ]).Services.ToList();
}
