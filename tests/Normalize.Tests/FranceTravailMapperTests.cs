using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class FranceTravailMapperTests
{
    private readonly FranceTravailMapper _mapper = new(FixedTimeProvider.Default);

    [Fact]
    public void Map_AgencesAndServices_MatchGoldenFile()
    {
        Golden.Verify("FranceTravail", "feed", MapFixtures(), new RecordValidator(FixedTimeProvider.Default));
    }

    [Fact]
    public void Map_Agence_ConstantsAndHours()
    {
        var nantes = MapFixtures().Structures[0];
        Assert.Equal(("france-travail--PDL0042", "3949", null, new DateOnly(2026, 12, 2)), (nantes.Id, nantes.Telephone, nantes.Courriel, nantes.DateMaj));
        Assert.Equal(["france-travail"], nantes.ReseauxPorteurs!);
        Assert.StartsWith("https://www.francetravail.fr/actualites/", nantes.AccessibiliteLieu, StringComparison.Ordinal);
        Assert.Equal("Mo-We 08:30-12:30,13:30-16:30; Th,Fr 08:30-12:30", nantes.HorairesAccueil);
        Assert.Equal("NANTES", nantes.Commune);
        Assert.Equal("Mo-Th 09:00-16:00", MapFixtures().Structures[1].HorairesAccueil);
    }

    [Fact]
    public void Map_Services_OfferedByEveryAgence_WithAgenceDefaults()
    {
        var result = MapFixtures();
        Assert.Equal(
            ["france-travail--PDL0042-cej", "france-travail--PDL0042-atelier-cv", "france-travail--BRE0007-cej", "france-travail--BRE0007-atelier-cv"],
            result.Services.Select(s => s.Id));
        var cej = result.Services[0];
        Assert.Equal(("france-travail--PDL0042", "44109"), (cej.StructureId, cej.CodeInsee));
        Assert.Equal(["44"], cej.ZoneEligibilite!);
        Assert.Equal(result.Structures[0].HorairesAccueil, cej.HorairesAccueil);
        Assert.Equal(["telephoner", "se-presenter"], cej.ModesMobilisation!);
        Assert.Equal((17.5, 52), (cej.VolumeHoraireHebdomadaire, cej.NombreSemaines));
        Assert.Equal(["france"], result.Services[1].ZoneEligibilite!);
        Assert.Equal("Mo 09:00-12:00", result.Services[1].HorairesAccueil);
    }

    private MappingResult MapFixtures() => _mapper.Map(
    [
        Golden.Input("FranceTravail", "agences", FranceTravailMapper.AgencesStream),
        Golden.Input("FranceTravail", "services", FranceTravailMapper.ServicesStream, "text/csv"),
    ]);
}
