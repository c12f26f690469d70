using DataInclusion.GraphQL.Execution;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>Issue 12 §1: each data·inclusion filter of structures and services, on <see cref="PortalMarts"/> (known answers).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PortalFiltersTests(PostgresFixture postgres) : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private DataInclusion.GraphQL.Types.Schema _schema = null!;

    public async Task InitializeAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        await PortalMarts.SeedPortalAsync(db);
        _dataSource = NpgsqlDataSource.Create(db);
        _schema = MartsSchema.Build(_dataSource);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Theory]
    [InlineData("sources: [\"alpha\"]", "alpha--v1,alpha--v2")]
    [InlineData("source: [\"beta\"], sources: [\"gamma\"]", "beta--v3,gamma--v4")]
    [InlineData("reseauxPorteurs: [\"aci\"]", "alpha--v1,alpha--v2")]
    [InlineData("codeCommune: \"44020\"", "beta--v3")]
    [InlineData("codeDepartement: \"44\"", "alpha--v1,alpha--v2,beta--v3")]
    [InlineData("thematiques: [\"mobilite\"]", "alpha--v1,gamma--v4")]
    [InlineData("thematiques: [\"mobilite--acceder-a-un-vehicule\", \"numerique\"]", "alpha--v1,alpha--v2")]
    [InlineData("frais: [\"payant\"]", "alpha--v2,gamma--v4")]
    [InlineData("publics: [\"jeunes\"]", "alpha--v1,alpha--v2")]
    [InlineData("publics: [\"familles\", \"demandeurs-emploi\"]", "alpha--v2,beta--v3,gamma--v4")]
    [InlineData("modesAccueil: [\"a-distance\"]", "alpha--v2,gamma--v4")]
    [InlineData("types: [\"formation\", \"atelier\"]", "alpha--v2,gamma--v4")]
    [InlineData("updatedSince: \"2026-03-01T00:00:00Z\"", "alpha--v2,beta--v3,gamma--v4")]
    [InlineData("updatedSince: \"2026-03-01T00:00:00.000001Z\"", "alpha--v2,beta--v3")]
    [InlineData("updatedSince: \"2026-03-01T01:00:00+02:00\"", "alpha--v2,beta--v3,gamma--v4")]
    [InlineData("slugDepartement: \"loire-atlantique\"", "alpha--v1,alpha--v2,beta--v3")]
    [InlineData("codeRegion: \"52\"", "alpha--v1,alpha--v2,beta--v3,gamma--v4")]
    [InlineData("slugRegion: \"pays-de-la-loire\", types: [\"formation\"]", "gamma--v4")]
    [InlineData("codeEpci: \"248500589\"", "gamma--v4")]
    [InlineData("codeEpci: \"244400404\", publics: [\"familles\"]", "alpha--v2,beta--v3")]
    [InlineData("codeDepartement: \"44\", frais: [\"gratuit\"], modesAccueil: [\"en-presentiel\"]", "alpha--v1,beta--v3")]
    [InlineData("recherchePublic: \"numérique\"", "alpha--v2")]
    [InlineData("recherchePublic: \"Jeune OR famille\"", "alpha--v1,beta--v3")]
    [InlineData("recherchePublic: \"demandeurs d’emploi\", codeDepartement: \"85\"", "gamma--v4")]
    public async Task Services_EachFilter_ReturnsExactlyItsMatches(string arguments, string expected)
    {
        var data = await MartsSchema.DataAsync(_schema, $"{{ services({arguments}) {{ totalCount edges {{ node {{ id }} }} }} }}");

        Assert.Equal(expected.Split(','), PortalMarts.Ids(data.GetProperty("services")));
        Assert.Equal(expected.Split(',').Length, data.GetProperty("services").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("sources: [\"beta\"]", "beta--s2")]
    [InlineData("reseauxPorteurs: [\"adie\", \"aci\"]", "alpha--s1,beta--s2")]
    [InlineData("codeDepartement: \"85\"", "gamma--s3")]
    [InlineData("updatedSince: \"2026-03-01\"", "beta--s2,gamma--s3")]
    [InlineData("slugDepartement: \"vendee\"", "gamma--s3")]
    [InlineData("codeEpci: \"244400404\"", "alpha--s1,beta--s2")]
    [InlineData("slugRegion: \"pays-de-la-loire\", reseauxPorteurs: [\"aci\"]", "alpha--s1")]
    public async Task Structures_EachFilter_ReturnsExactlyItsMatches(string arguments, string expected)
    {
        var data = await MartsSchema.DataAsync(_schema, $"{{ structures({arguments}) {{ edges {{ node {{ id }} }} }} }}");

        Assert.Equal(expected.Split(','), PortalMarts.Ids(data.GetProperty("structures")));
    }

    [Fact]
    public async Task UpdatedAt_IsAnInstantInUtc()
    {
        var data = await MartsSchema.DataAsync(_schema, "{ service(id: \"gamma--v4\") { updatedAt } }");

        Assert.Equal("2026-03-01T00:00:00.0000000Z", data.GetProperty("service").GetProperty("updatedAt").GetString());
    }

    [Theory]
    [InlineData("thematiques: [\"mobilte\"]", "thematiques : « mobilte » n’est ni une thématique ni une catégorie de thématiques. Vouliez-vous dire « mobilite » ?")]
    [InlineData("thematiques: [\"mobilite--acceder-a-un-vehicul\"]", "Vouliez-vous dire « mobilite--acceder-a-un-vehicule » ?")]
    [InlineData("publics: [\"jeune\"]", "publics : « jeune » n’est pas un public du référentiel publics. Vouliez-vous dire « jeunes » ?")]
    [InlineData("frais: [\"gratuite\"]", "Vouliez-vous dire « gratuit » ?")]
    [InlineData("modesAccueil: [\"en_presentiel\"]", "Vouliez-vous dire « en-presentiel » ?")]
    [InlineData("types: [\"zzzzzzzzzzzzz\"]", "types : « zzzzzzzzzzzzz » n’est pas un type de service du référentiel types-de-services.")]
    [InlineData("codeCommune: \"441\"", "« 441 » n’est pas un code commune INSEE")]
    [InlineData("slugDepartement: \"loire-atlantiqu\"", "slugDepartement : « loire-atlantiqu » n’est le slug d’aucun département du Code officiel géographique. Vouliez-vous dire « loire-atlantique » ?")]
    [InlineData("slugRegion: \"pays-de-la-loire\", codeRegion: \"53\"", "slugRegion : « pays-de-la-loire » est la région 52, mais codeRegion demande 53.")]
    [InlineData("updatedSince: \"hier\"", "« hier » n’est pas une date-heure RFC 3339")]
    public async Task UnknownValues_AreErrorsThatSuggestTheClosestValue(string arguments, string message)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = _schema, Query = $"{{ services({arguments}) {{ totalCount }} }}" });

        var error = Assert.Single(result.Errors!);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Referentiels_AreQueries_WithLabelsAndCategories()
    {
        var data = await MartsSchema.DataAsync(_schema, "{ thematiques { value label categorie } frais { value label } modesAccueil { value } typesServices { value } publics { value } reseauxPorteurs { value } modesMobilisation { value } categoriesThematiques { value } personnesMobilisatrices { value } }");

        Assert.Equal(69, data.GetProperty("thematiques").GetArrayLength());
        var vehicule = data.GetProperty("thematiques").EnumerateArray().Single(t => t.GetProperty("value").GetString() == "mobilite--acceder-a-un-vehicule");
        Assert.Equal("mobilite", vehicule.GetProperty("categorie").GetString());
        Assert.Equal(["gratuit:Gratuit", "payant:Payant"], data.GetProperty("frais").EnumerateArray().Select(f => f.GetProperty("value").GetString() + ":" + f.GetProperty("label").GetString()));
        Assert.Equal([2, 6, 14, 108, 4, 16, 2], new[] { "modesAccueil", "typesServices", "publics", "reseauxPorteurs", "modesMobilisation", "categoriesThematiques", "personnesMobilisatrices" }
            .Select(name => data.GetProperty(name).GetArrayLength()));
    }
}
