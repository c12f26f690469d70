using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.Host.Api;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary><c>exclureDoublons</c> when the record that won a cluster is one the caller may not see.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DoublonsVisibilityTests(PostgresFixture postgres)
{
    [Fact]
    public async Task ExclureDoublons_WhenTheClustersBestIsRestricted_TheBestVisibleMemberStandsForIt()
    {
        var db = await postgres.CreateDatabaseAsync();
        // One place in three sources: soliguide won the clustering; of the others, beta has the better score.
        await PortalMarts.InsertAsync(db, "marts.structures",
            new { id = "alpha--s1", nom = "Épicerie A", cluster_id = "c1", meilleur_du_cluster = false, score_qualite = 0.5 },
            new { id = "beta--s3", nom = "Épicerie B", cluster_id = "c1", meilleur_du_cluster = false, score_qualite = 0.8 },
            new { id = "soliguide--p1", nom = "Épicerie S", cluster_id = "c1", meilleur_du_cluster = true, score_qualite = 0.9 },
            new { id = "gamma--s9", nom = "Seule" });
        await PortalMarts.InsertAsync(db, "marts.services",
            new { id = "alpha--v1", structure_id = "alpha--s1", nom = "Colis", description = "Colis alimentaires." },
            new { id = "beta--v3", structure_id = "beta--s3", nom = "Colis", description = "Colis alimentaires." },
            new { id = "soliguide--v1", structure_id = "soliguide--p1", nom = "Colis", description = "Colis alimentaires." });
        await using var dataSource = NpgsqlDataSource.Create(db);
        var schema = MartsSchema.Build(dataSource);
        const string Query = "{ structures(exclureDoublons: true) { edges { node { id } } } services(exclureDoublons: true) { edges { node { id } } } }";

        var anonymous = await ExecuteAsync(schema, Query, ApiCaller.Anonymous);
        var granted = await ExecuteAsync(schema, Query, new ApiCaller("dora-partenaire", ApiScope.Api, ["soliguide"], SourceVisibility.BuiltInRestricted));

        Assert.Equal(["beta--s3", "gamma--s9"], anonymous.Structures);
        Assert.Equal(["beta--v3"], anonymous.Services);
        Assert.Equal(["gamma--s9", "soliguide--p1"], granted.Structures);
        Assert.Equal(["soliguide--v1"], granted.Services);
    }

    private static async Task<(List<string> Structures, List<string> Services)> ExecuteAsync(DataInclusion.GraphQL.Types.Schema schema, string query, ApiCaller caller)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = query, UserContext = caller });
        Assert.True(result.Errors is null or { Count: 0 }, result.ToJson());
        var data = JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data");
        return (PortalMarts.Ids(data.GetProperty("structures")), PortalMarts.Ids(data.GetProperty("services")));
    }
}
