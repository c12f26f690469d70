using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class SoliguideMapperTests
{
    private readonly SoliguideMapper _mapper = new();

    [Fact]
    public void Map_SearchPage_MatchesGoldenFile()
    {
        var result = _mapper.Map([Golden.Input("Soliguide", "lieux", SoliguideMapper.LieuxStream)]);
        Golden.Verify("Soliguide", "lieux", result, new RecordValidator(FixedTimeProvider.Default));
    }

    [Fact]
    public void Map_DropsDoraAndForeignLieux_KeepsLatestVersion()
    {
        var result = _mapper.Map([Golden.Input("Soliguide", "lieux", SoliguideMapper.LieuxStream)]);
        Assert.Equal(["soliguide--24801", "soliguide--19002"], result.Structures.Select(s => s.Id));
        Assert.Equal("Accueil de jour Saint-Martin", result.Structures[0].Nom);
    }

    [Fact]
    public void Map_Lieu_HoursAndHtmlConverted()
    {
        var lieu = _mapper.Map([Golden.Input("Soliguide", "lieux", SoliguideMapper.LieuxStream)]).Structures[0];
        Assert.Equal("Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00; PH off", lieu.HorairesAccueil);
        Assert.Equal(
            "Accueil de jour pour les personnes sans domicile : café, douches, bagagerie.\n\n- Petit-déjeuner\n- Douches\nEntrée libre !",
            lieu.Description);
        Assert.Equal((-1.6912, 48.1125), (lieu.Longitude, lieu.Latitude));
        Assert.Equal(["restos-du-coeur"], lieu.ReseauxPorteurs!);
    }

    [Fact]
    public void Map_Services_UnmappedCategoryDropped_SharedIdKeptFromLatestLieu()
    {
        var services = _mapper.Map([Golden.Input("Soliguide", "lieux", SoliguideMapper.LieuxStream)]).Services;
        Assert.Equal(
            ["soliguide--6543a1b2c3d4e5f601", "soliguide--6543a1b2c3d4e5f603", "soliguide--6543a1b2c3d4e5f610"],
            services.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal("soliguide--24801", services.Single(s => s.Id.EndsWith("f601", StringComparison.Ordinal)).StructureId);
    }

    [Fact]
    public void Map_Service_OverridesAndPublics()
    {
        var services = _mapper.Map([Golden.Input("Soliguide", "lieux", SoliguideMapper.LieuxStream)]).Services;
        var dayHosting = services.Single(s => s.Id.EndsWith("f601", StringComparison.Ordinal));
        Assert.Equal(["femmes", "personnes-en-situation-durgence", "etudiants"], dayHosting.Publics!);
        Assert.Equal(["envoyer-un-courriel", "telephoner", "se-presenter"], dayHosting.ModesMobilisation!);
        Assert.Equal(["professionnels", "usagers"], dayHosting.MobilisablePar!);

        var legal = services.Single(s => s.Id.EndsWith("f603", StringComparison.Ordinal));
        Assert.Equal(("payant", "Participation de 2 €"), (legal.Frais, legal.FraisPrecisions));
        Assert.Equal(["personnes-exilees"], legal.Publics!);
        Assert.Equal(["professionnels"], legal.MobilisablePar!);
        Assert.Equal("Th 14:00-16:30", legal.HorairesAccueil);

        var food = services.Single(s => s.Id.EndsWith("f610", StringComparison.Ordinal));
        Assert.Equal(["tous-publics"], food.Publics!);
        Assert.Equal(["35"], food.ZoneEligibilite!);
    }
}
