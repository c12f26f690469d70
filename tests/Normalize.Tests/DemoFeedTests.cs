using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

/// <summary>samples/demo is the newcomer's example feed: valid except for three deliberate flaws.</summary>
public sealed class DemoFeedTests
{
    [Fact]
    public void DemoFeed_MapsAndValidatesWithExactlyTheIntendedIssues()
    {
        var result = MapDemo();
        var validator = new RecordValidator(FixedTimeProvider.Default);
        var issues = result.Structures.SelectMany(validator.Validate).Concat(result.Services.SelectMany(validator.Validate)).ToList();

        Assert.Empty(result.Issues);
        Assert.Equal(12, result.Structures.Count);
        Assert.Equal(25, result.Services.Count);
        Assert.Equal(
        [
            ("demo--brest-logement", "siret", "siret.cle", IssueSeverity.Warning),
            ("demo--toulouse-ml--garde-enfants", "thematiques[0]", "thematiques.inconnu", IssueSeverity.Error),
            ("demo--lille-numerique--ateliers-smartphone", "nom", "nom.point-final", IssueSeverity.Warning),
        ],
        issues.Select(i => (i.RecordId, i.Field, i.Code, i.Severity)));
        Assert.EndsWith("Vouliez-vous dire « famille--garde-denfants » ?", issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoFeed_EveryServiceBelongsToADemoStructure()
    {
        var result = MapDemo();
        var structureIds = result.Structures.Select(s => s.Id).ToHashSet();
        Assert.All(result.Services, s => Assert.Contains(s.StructureId, structureIds));
    }

    [Fact]
    public async Task DemoFeed_JsonSchemaOnlyRejectsTheUnknownThematique()
    {
        var schema = await JsonSchemaValidator.CreateAsync();
        var result = MapDemo();
        var issues = result.Structures.SelectMany(schema.Validate).Concat(result.Services.SelectMany(schema.Validate));
        Assert.Equal(("demo--toulouse-ml--garde-enfants", "thematiques[0]"), issues.Select(i => (i.RecordId, i.Field)).Single());
    }

    [Fact]
    public void DemoFeed_CoordinatesAreNearTheCommuneCentre()
    {
        // Commune centres from refdata/communes-centres.csv (geo.api.gouv.fr); the demo offsets them by at most ~0.01°.
        var centres = new Dictionary<string, (double Lat, double Lon)>
        {
            ["35238"] = (48.1159, -1.6884), ["44109"] = (47.2382, -1.5603), ["59350"] = (50.6311, 3.0469),
            ["33063"] = (44.8624, -0.5848), ["31555"] = (43.6007, 1.4328), ["67482"] = (48.5691, 7.7621),
            ["34172"] = (43.61, 3.8742), ["29019"] = (48.4084, -4.4996), ["87085"] = (45.8567, 1.226),
            ["38185"] = (45.1842, 5.7155), ["80021"] = (49.8987, 2.2847), ["2A004"] = (41.9228, 8.7058),
        };
        Assert.All(MapDemo().Structures, s =>
        {
            var centre = centres[s.CodeInsee!];
            Assert.InRange(s.Latitude!.Value, centre.Lat - 0.01, centre.Lat + 0.01);
            Assert.InRange(s.Longitude!.Value, centre.Lon - 0.01, centre.Lon + 0.01);
        });
    }

    private static MappingResult MapDemo()
    {
        var folder = Path.Combine(Paths.RepositoryRoot, "samples", "demo");
        return new V1FeedMapper("demo").Map(
        [
            new RawDocument("structures", "structures.json", File.ReadAllBytes(Path.Combine(folder, "structures.json")), "application/json"),
            new RawDocument("services", "services.json", File.ReadAllBytes(Path.Combine(folder, "services.json")), "application/json"),
        ]);
    }
}
