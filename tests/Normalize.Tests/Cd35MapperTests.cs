using DataInclusion.Normalize.Internal;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class Cd35MapperTests
{
    private readonly Cd35Mapper _mapper = new();

    [Fact]
    public void Map_FeaturePage_MatchesGoldenFile() =>
        Golden.Verify("Cd35", "organisations", MapFixture(), new RecordValidator(FixedTimeProvider.Default));

    [Fact]
    public void Map_OneServicePerMappedThematique_FuzzyLabels()
    {
        var result = MapFixture();
        Assert.Equal(
            ["cd35--CCAS-RENNES--colis-alimentaires", "cd35--CCAS-RENNES--epiceries-sociales-et-solidaires", "cd35--CRECHE-BRUZ--accueil-collectif-permanent", "cd35--CRECHE-BRUZ--accueil-collectif-ponctuel"],
            result.Services.Select(s => s.Id));

        // "Personnes agées" (typo) still matches "Personnes âgées"; an unknown profil is ignored.
        Assert.Equal(["familles", "seniors"], result.Services[0].Publics!);
        Assert.Equal(["35"], result.Services[0].ZoneEligibilite!);
        Assert.Equal(["ccas-cias"], result.Structures[0].ReseauxPorteurs!);
        Assert.Equal(["communes"], result.Structures[1].ReseauxPorteurs!);
    }

    [Fact]
    public void Map_Dates_EpochMillisecondsAndFrenchText()
    {
        var structures = MapFixture().Structures;
        Assert.Equal(new DateOnly(2026, 3, 1), structures[0].DateMaj);
        Assert.Equal(new DateOnly(2026, 3, 15), structures[1].DateMaj);
    }

    [Theory]
    [InlineData("Personnes agées", "Personnes âgées", true)]
    [InlineData("colis alimentaire", "Colis alimentaires", true)]
    [InlineData("Mairie", "Mission locale", false)]
    public void Trigram_SimilarityAboveHalf(string raw, string label, bool similar) =>
        Assert.Equal(similar, Trigram.Similarity(raw, label) > 0.5);

    private MappingResult MapFixture() => _mapper.Map([Golden.Input("Cd35", "organisations", Cd35Mapper.OrganisationsStream)]);
}
