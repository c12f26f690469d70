using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class MediationNumeriqueMapperTests
{
    private readonly MediationNumeriqueMapper _mapper = new();

    [Fact]
    public void Map_Export_MatchesGoldenFile()
    {
        var result = _mapper.Map([Golden.Input("MediationNumerique", "structures", MediationNumeriqueMapper.StructuresStream)]);
        Golden.Verify("MediationNumerique", "structures", result, new RecordValidator(FixedTimeProvider.Default));
    }

    [Fact]
    public void Map_DropsLieuxOfDirectSources_OneServicePerLieu()
    {
        var result = _mapper.Map([Golden.Input("MediationNumerique", "structures", MediationNumeriqueMapper.StructuresStream)]);
        Assert.Equal(2, result.Structures.Count);
        Assert.Equal(result.Structures.Select(s => s.Id), result.Services.Select(s => s.StructureId));
        Assert.DoesNotContain(result.Structures, s => s.Nom.Contains("Dora", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_Service_VocabularyAndFallbacks()
    {
        var services = _mapper.Map([Golden.Input("MediationNumerique", "structures", MediationNumeriqueMapper.StructuresStream)]).Services;
        var first = services[0];
        Assert.Equal(("aide-materielle", "gratuit"), (services[1].Type, services[1].Frais));
        Assert.Equal(("atelier", "gratuit"), (first.Type, first.Frais));
        Assert.Equal(["seniors", "jeunes", "personnes-en-situation-de-handicap"], first.Publics!);
        Assert.Equal(["a-distance", "en-presentiel"], first.ModesAccueil!);
        Assert.Equal(["se-presenter", "telephoner"], first.ModesMobilisation!);
        Assert.Equal(["35"], first.ZoneEligibilite!);

        // No modalité maps and no e-mail: the phone is the way in; overseas département on 3 digits; no publics → tous-publics.
        Assert.Equal(["telephoner"], services[1].ModesMobilisation!);
        Assert.Equal(["974"], services[1].ZoneEligibilite!);
        Assert.Equal(["tous-publics"], services[1].Publics!);
        Assert.Equal("Services proposés : Accès internet et matériel informatique.", services[1].Description);
    }
}
