using DataInclusion.Normalize.Places;

namespace DataInclusion.Normalize.Tests.Places;

public sealed class CogTests
{
    [Theory]
    [InlineData("35238", "35", "53", "243500139")] // Rennes, Rennes Métropole
    [InlineData("2A004", "2A", "94", "242010056")] // Ajaccio: Corsica's letters
    [InlineData("97411", "974", "04", "249740119")] // Saint-Denis (La Réunion): a DROM has a région
    [InlineData("97611", "976", "06", "200060457")] // Mamoudzou (Mayotte)
    [InlineData("69123", "69", "84", "200046977")] // Lyon, in the Métropole de Lyon
    public void Locate_GivesDepartementRegionAndEpci(string code, string departement, string region, string epci)
    {
        var place = Cog.Locate(code);

        Assert.Equal(new CogPlace(code, null, departement, region, epci), place);
    }

    [Fact]
    public void Locate_AnArrondissement_IsReadAsItsCommuneAndKept()
    {
        Assert.Equal(new CogPlace("75056", "75112", "75", "11", "200054781"), Cog.Locate("75112"));
        Assert.Equal(new CogPlace("13055", "13201", "13", "93", "200054807"), Cog.Locate("13201"));
        Assert.Equal(new CogPlace("69123", "69383", "69", "84", "200046977"), Cog.Locate("69383"));
    }

    [Fact]
    public void Locate_AnOverseasCollectivity_HasADepartementCodeButNoRegion()
    {
        // Saint-Pierre-et-Miquelon and Saint-Barthélemy are COM: no région (schema v1 CodeRegion is two digits), no EPCI.
        Assert.Equal(new CogPlace("97502", null, "975", null, null), Cog.Locate("97502"));
        Assert.Equal(new CogPlace("97701", null, "977", null, null), Cog.Locate("97701"));
    }

    [Fact]
    public void Locate_AnIslandCommuneOutsideAnyEpci_HasNoEpci()
    {
        Assert.Equal(new CogPlace("29155", null, "29", "53", null), Cog.Locate("29155")); // Ouessant
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3523")]
    [InlineData("ABCDE")]
    public void Locate_AMalformedCode_KnowsNothing(string? code) => Assert.Equal(CogPlace.None, Cog.Locate(code));

    [Fact]
    public void Locate_AnUnknownDepartement_LeavesItNull() =>
        Assert.Equal(new CogPlace("99100", null, null, null, null), Cog.Locate("99100"));

    [Theory]
    [InlineData("35", "Ille-et-Vilaine", "ille-et-vilaine")]
    [InlineData("22", "Côtes-d'Armor", "cotes-d-armor")]
    [InlineData("2A", "Corse-du-Sud", "corse-du-sud")]
    [InlineData("974", "La Réunion", "la-reunion")]
    public void Departements_HaveDataInclusionSlugs(string code, string nom, string slug)
    {
        var departement = Cog.Departement(code)!;

        Assert.Equal(nom, departement.Nom);
        Assert.Equal(slug, departement.Slug);
        Assert.Same(departement, Cog.DepartementBySlug(slug));
    }

    [Theory]
    [InlineData("53", "bretagne")]
    [InlineData("93", "provence-alpes-cote-d-azur")]
    [InlineData("11", "ile-de-france")]
    [InlineData("24", "centre-val-de-loire")]
    public void Regions_HaveDataInclusionSlugs(string code, string slug) => Assert.Equal(code, Cog.RegionBySlug(slug)!.Code);

    [Fact]
    public void Regions_AreTheEighteenOfTheCogWithTheirDepartements()
    {
        Assert.Equal(18, Cog.Regions.Count);
        Assert.Equal(["22", "29", "35", "56"], Cog.Region("53")!.Departements);
        Assert.Equal(["2A", "2B"], Cog.Region("94")!.Departements);
        Assert.Equal(["976"], Cog.Region("06")!.Departements);
        Assert.All(Cog.Departements.Where(d => d.CodeRegion is not null), d => Assert.NotNull(Cog.Region(d.CodeRegion)));
        Assert.Equal(101, Cog.Departements.Count(d => d.CodeRegion is not null));
    }

    [Fact]
    public void Epci_KnowsItsCommunes()
    {
        var rennes = Cog.Epci("243500139")!;

        Assert.Equal("METRO", rennes.Type);
        Assert.Contains("35238", rennes.Communes);
        Assert.Same(rennes, Cog.EpciOf("35238"));
        Assert.Null(Cog.Epci("000000000"));
    }
}
