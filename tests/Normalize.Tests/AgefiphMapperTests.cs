using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class AgefiphMapperTests
{
    private readonly AgefiphMapper _mapper = new();

    [Fact]
    public void Map_ContactsAndSolutions_MatchGoldenFile() =>
        Golden.Verify("Agefiph", "feed", MapFixtures(), new RecordValidator(FixedTimeProvider.Default));

    [Fact]
    public void Map_KeepsReceivingContactsOnly_AndOffersEachSolutionEverywhere()
    {
        var result = MapFixtures();
        Assert.Equal(2, result.Structures.Count);
        Assert.All(result.Structures, s => Assert.Equal(["agefiph"], s.ReseauxPorteurs!));

        // 5 solutions: one for partners and one for employers are dropped; 3 × 2 structures remain.
        Assert.Equal(6, result.Services.Count);
        Assert.Equal(
            "agefiph--8f3a1c2e-5b6d-4e7f-9a0b-1c2d3e4f5a6b-c1d2e3f4-0000-4000-8000-000000000001",
            result.Services[0].Id);
    }

    [Fact]
    public void Map_Solution_HtmlLinksAndVocabulary()
    {
        var services = MapFixtures().Services;
        var mobilite = services[0];
        Assert.Equal(
            "L'aide à la mobilité finance une partie du permis de conduire ou de l'aménagement d'un véhicule.\n\n- Permis B\n- Aménagement du véhicule",
            mobilite.Description);
        Assert.Equal(("https://www.agefiph.fr/aides-handicap/aide-la-mobilite", "https://www.agefiph.fr/aides-handicap/aide-test"), (mobilite.LienSource, mobilite.LienMobilisation));
        Assert.Equal(("aide-financiere", "gratuit"), (mobilite.Type, mobilite.Frais));
        Assert.Equal(["personnes-en-situation-de-handicap"], mobilite.Publics!);
        Assert.Equal(["a-distance"], mobilite.ModesAccueil!);
        Assert.Equal(["tous-publics"], services[1].Publics!);
        Assert.Null(services[2].Publics);
        Assert.Null(services[2].Type);
    }

    private MappingResult MapFixtures() => _mapper.Map(
    [
        Golden.Input("Agefiph", "structures", AgefiphMapper.StructuresStream),
        Golden.Input("Agefiph", "services", AgefiphMapper.ServicesStream),
    ]);
}
