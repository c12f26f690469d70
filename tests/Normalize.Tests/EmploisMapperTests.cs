using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class EmploisMapperTests
{
    private readonly EmploisMapper _mapper = new();
    private readonly RecordValidator _validator = new(FixedTimeProvider.Default);

    [Theory]
    [InlineData("siae-page1", EmploisMapper.SiaesStream)]
    [InlineData("orga-page1", EmploisMapper.OrganisationsStream)]
    [InlineData("edge-cases", EmploisMapper.OrganisationsStream)]
    [InlineData("not-json", EmploisMapper.SiaesStream)]
    [InlineData("legacy-siae-page1", EmploisMapper.SiaesStream)]
    [InlineData("legacy-orga-page2", EmploisMapper.OrganisationsStream)]
    public void Map_Page_MatchesGoldenFile(string caseName, string stream)
    {
        var result = _mapper.Map([Golden.Input("Emplois", caseName, stream)]);
        Golden.Verify("Emplois", caseName, result, _validator);
    }

    [Fact]
    public void Map_BothStreams_ConcatenatesInDocumentOrderWithoutServices()
    {
        var result = _mapper.Map(
        [
            Golden.Input("Emplois", "siae-page1", EmploisMapper.SiaesStream),
            Golden.Input("Emplois", "orga-page1", EmploisMapper.OrganisationsStream),
        ]);

        Assert.Equal(12, result.Structures.Count);
        Assert.Empty(result.Services);
        Assert.Empty(result.Issues);
        Assert.All(result.Structures, s => Assert.StartsWith("emplois-de-linclusion--", s.Id, StringComparison.Ordinal));
        Assert.Equal("emplois-de-linclusion--1d39212f-6c66-441c-99e6-2b32fe4d718c", result.Structures[6].Id);
    }

    [Fact]
    public void Map_UnknownStream_ReportedAndSkipped()
    {
        var result = _mapper.Map([Golden.Input("Emplois", "siae-page1", "structures")]);
        Assert.Empty(result.Structures);
        Assert.Equal("document.flux-inconnu", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Map_DateWithOffset_KeepsTheDateOfThatOffset()
    {
        // 2026-03-01T00:30+01:00 is still 28 February in UTC: the producer's date wins.
        var result = _mapper.Map([Golden.Input("Emplois", "edge-cases", EmploisMapper.OrganisationsStream)]);
        Assert.Equal(new DateOnly(2026, 3, 1), result.Structures[0].DateMaj);
        Assert.Equal(new DateOnly(2025, 6, 30), result.Structures[1].DateMaj);
    }

    [Fact]
    public void Map_LegacyPage_TypologieAndPresentationAndSiren()
    {
        var result = _mapper.Map(
        [
            Golden.Input("Emplois", "legacy-siae-page1", EmploisMapper.SiaesStream),
            Golden.Input("Emplois", "legacy-orga-page2", EmploisMapper.OrganisationsStream),
        ]);

        Assert.Equal(["ei"], result.Structures[0].ReseauxPorteurs!);
        Assert.StartsWith("Entreprise d'insertion créée en 1998", result.Structures[0].Description, StringComparison.Ordinal);
        // The orphan AI antenna sent its 9-digit SIREN as "siret"; AI has no réseau in the map.
        Assert.Equal((null, null), (result.Structures[2].Siret, result.Structures[2].ReseauxPorteurs));
        Assert.Contains(result.Structures, s => s.ReseauxPorteurs is ["france-travail"]);
    }
}
