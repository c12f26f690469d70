using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class ActionLogementMapperTests
{
    private readonly ActionLogementMapper _mapper = new();

    [Fact]
    public void Map_GristTables_MatchGoldenFile() =>
        Golden.Verify("ActionLogement", "feed", MapFixtures(), new RecordValidator(FixedTimeProvider.Default));

    [Fact]
    public void Map_EveryServiceOfferedByEveryStructure_WithStructureDefaults()
    {
        var result = MapFixtures();
        Assert.Equal(
            ["action-logement--AL-RENNES-visale", "action-logement--AL-RENNES-mobili-jeune", "action-logement--AL-AJACCIO-visale", "action-logement--AL-AJACCIO-mobili-jeune"],
            result.Services.Select(s => s.Id));
        Assert.Equal(["france"], result.Services[0].ZoneEligibilite!);
        Assert.Equal(["35"], result.Services[1].ZoneEligibilite!);
        Assert.Equal(["2A"], result.Services[3].ZoneEligibilite!);
        Assert.Equal("Mo-Fr 09:00-12:30", result.Services[1].HorairesAccueil);
        Assert.All(result.Structures, s => Assert.Null(s.Courriel));
    }

    [Theory]
    [InlineData("35000", "35")]
    [InlineData("20090", "2A")]
    [InlineData("20200", "2B")]
    [InlineData("97400", "974")]
    [InlineData("1000", null)]
    public void Departement_FromPostcode(string codePostal, string? expected) =>
        Assert.Equal(expected, ActionLogementMapper.Departement(codePostal));

    private MappingResult MapFixtures() => _mapper.Map(
    [
        Golden.Input("ActionLogement", "structures", ActionLogementMapper.StructuresStream, "text/csv"),
        Golden.Input("ActionLogement", "services", ActionLogementMapper.ServicesStream, "text/csv"),
    ]);
}
