using DataInclusion.Host.Api;
using DataInclusion.Normalize;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>
/// The statements <see cref="GenericPlanShapes"/> sends to the generic-plan pool keep their index when planned once
/// for every value (issue 8): EXPLAIN of the generic plan (<see cref="GenericPlanExplain"/>), on the same seeded marts.
/// </summary>
public sealed partial class MartsQueryPlanTests
{
    [Theory]
    [InlineData("marts.services", "commune")]
    [InlineData("marts.services", "departement")]
    [InlineData("marts.services", "grand-departement")]
    [InlineData("marts.services", "epci")]
    [InlineData("marts.structures", "commune")]
    [InlineData("marts.structures", "departement")]
    [InlineData("marts.structures", "epci")]
    public async Task GenericPlan_OfAPlacePage_WithOverlapsAndACursor_ReadsThePlaceIndexAlone(string table, string place)
    {
        // A common catégorie and public, as the portal's commune + catégorie and département + jeunes pages ask.
        var filter = Filter(place) with { Thematiques = [Referentiels.CategoriesThematiques.Values[1].Value], Publics = ["jeunes"] };
        Assert.True(GenericPlanShapes.Fits(filter, offset: 0));
        var marts = new MartsReader(_dataSource);

        foreach (var (command, page) in new[]
        {
            (marts.PageCommand(table, filter, SourceVisibility.Public, 100, afterId: null), true),
            (marts.PageCommand(table, filter, SourceVisibility.Public, 20, afterId: "src1--v5000"), true),
            (marts.CountCommand(table, filter, SourceVisibility.Public), false),
        })
        {
            await using (command)
            {
                var plan = await ExplainGenericAsync(command);

                var index = $"{table["marts.".Length..]}_{PlaceColumn(place)}_idx";
                Assert.True(plan.Indexes.SetEquals([index]), $"{place}: expected {index} alone\n{plan.Json}");
                Assert.False(plan.NodeTypes.Contains("Seq Scan"), $"{place}: sequential scan\n{plan.Json}");
                // A page walks the (place, id) index in id order and stops after it. A generic plan that guesses one
                // matching row (the overlaps' default selectivity) read and sorted the whole place instead, 4.8–11.6 ms
                // for départements 59 and 62 nationally against 0.5 for the custom plan (ApiReadPool.GenericPlanSettings).
                Assert.False(page && plan.NodeTypes.Contains("Sort"), $"{place}: sorts the place's rows\n{plan.Json}");
            }
        }
    }

    [Theory]
    [InlineData("marts.services", "id", "services_pkey")]
    [InlineData("marts.services", "structure_id", "services_structure_idx")]
    [InlineData("marts.structures", "id", "structures_pkey")]
    [InlineData("marts.structures", "cluster_id", "structures_cluster_idx")]
    public async Task GenericPlan_OfALoaderLookup_ReadsTheKeyIndex(string table, string key, string index)
    {
        await using var command = new MartsReader(_dataSource).WhereInCommand(table, key, ["src1--s1", "src2--s2"], SourceVisibility.Public, ["id"]);

        var plan = await ExplainGenericAsync(command);

        Assert.True(plan.Indexes.SetEquals([index]), $"{key}: expected {index}\n{plan.Json}");
        Assert.False(plan.NodeTypes.Contains("Seq Scan"), $"{key}: sequential scan\n{plan.Json}");
    }

    [Fact]
    public async Task GenericPlan_OfTheWholeList_WalksThePrimaryKeyInOrder()
    {
        await using var command = new MartsReader(_dataSource).PageCommand(MartsReader.Services, new MartFilter(), SourceVisibility.Public, 20, afterId: "src1--v5000");

        var plan = await ExplainGenericAsync(command);

        Assert.True(plan.Indexes.SetEquals(["services_pkey"]), plan.Json);
        Assert.False(plan.NodeTypes.Contains("Sort"), plan.Json);
    }

    [Theory]
    [InlineData("source")]
    [InlineData("sources")]
    [InlineData("frais")]
    [InlineData("types")]
    [InlineData("updatedSince")]
    [InlineData("reseauxPorteurs")]
    [InlineData("recherchePublic")]
    [InlineData("region")]
    public void ValueDependentFilters_KeepCustomPlans_EvenBesideAPlace(string path)
    {
        // A skewed value (one source, gratuit) may hold most rows, a range any share: the best index depends on it.
        Assert.False(GenericPlanShapes.Fits(Filter(path), offset: 0));
        Assert.False(GenericPlanShapes.Fits(Filter(path) with { CodeCommune = "44012" }, offset: 0));
    }

    [Theory]
    [InlineData("categorie")]
    [InlineData("publics")]
    [InlineData("modesAccueil")]
    public void Overlaps_KeepCustomPlansNationwide_AndGoGenericWithAPlace(string path)
    {
        // Nationwide, the GIN bitmap's worth depends on the value's share; with a place they are checked on its rows.
        Assert.False(GenericPlanShapes.Fits(Filter(path), offset: 0));
        Assert.True(GenericPlanShapes.Fits(Filter(path) with { CodeCommune = "44012" }, offset: 0));
    }

    [Fact]
    public void TwoPlaces_OrAnOffset_KeepCustomPlans()
    {
        Assert.False(GenericPlanShapes.Fits(new MartFilter(CodeCommune: "44012", CodeDepartement: "44"), offset: 0));
        Assert.False(GenericPlanShapes.Fits(new MartFilter(CodeDepartement: "44"), offset: 100));
        Assert.True(GenericPlanShapes.Fits(new MartFilter(CodeDepartement: "44"), offset: 0));
    }

    private static string PlaceColumn(string place) => place switch
    {
        "commune" => "code_insee",
        "departement" or "grand-departement" => "departement",
        _ => "code_epci",
    };

    private async Task<(string Json, HashSet<string> Indexes, HashSet<string> NodeTypes)> ExplainGenericAsync(NpgsqlCommand command)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        var json = await GenericPlanExplain.ExplainAsync(connection, command, analyze: false, CancellationToken.None);
        // A generic plan compares with the parameters themselves, a custom one with their values.
        Assert.Contains("$1", json, StringComparison.Ordinal);
        return Parse(json);
    }
}
