using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class SourceMappersTests
{
    [Fact]
    public void Create_OneMapperPerSlug()
    {
        var mappers = SourceMappers.Create(FixedTimeProvider.Default);
        Assert.Equal(
            ["action-logement", "agefiph", "cd35", "dora", "emplois-de-linclusion", "france-travail", "mediation-numerique", "soliguide"],
            mappers.Keys.Order(StringComparer.Ordinal));
        Assert.All(mappers, m => Assert.Equal(m.Key, m.Value.Source));
    }

    [Fact]
    public void EveryMapper_UnknownStreamAndEmptyInput_NoException()
    {
        foreach (var mapper in SourceMappers.Create(FixedTimeProvider.Default).Values.Append(new V1FeedMapper("demo")))
        {
            var empty = mapper.Map([]);
            Assert.Empty(empty.Structures);
            Assert.Empty(empty.Issues);
            var unknown = mapper.Map([new RawDocument("inconnu", "x.json", "[]"u8.ToArray(), "application/json")]);
            Assert.Equal("document.flux-inconnu", Assert.Single(unknown.Issues).Code);
        }
    }

    public static TheoryData<string, string> Streams => new()
    {
        { "emplois-de-linclusion", EmploisMapper.SiaesStream },
        { "dora", DoraMapper.ServicesStream },
        { "soliguide", SoliguideMapper.LieuxStream },
        { "mediation-numerique", MediationNumeriqueMapper.StructuresStream },
        { "france-travail", FranceTravailMapper.AgencesStream },
        { "agefiph", AgefiphMapper.ServicesStream },
        { "cd35", Cd35Mapper.OrganisationsStream },
    };

    [Theory]
    [MemberData(nameof(Streams))]
    public void EveryMapper_TruncatedOrHtmlBody_DocumentIllisible(string source, string stream)
    {
        var mapper = SourceMappers.Create(FixedTimeProvider.Default)[source];
        foreach (var body in new[] { "{\"results\": [{\"id\": \"1\"", "<html>503</html>", "" })
        {
            var result = mapper.Map([new RawDocument(stream, "page.json", System.Text.Encoding.UTF8.GetBytes(body), "application/json")]);
            Assert.Equal("document.illisible", Assert.Single(result.Issues).Code);
            Assert.Empty(result.Structures);
        }
    }
}
