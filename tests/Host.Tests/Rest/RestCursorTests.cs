using System.Net.Http.Json;
using System.Text.Json;
using DataInclusion.Host.Tests.Api;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Rest;

/// <summary>
/// What data·inclusion's users asked for (reference §8.1): a page reached by <c>next</c> continues after the last record
/// seen, even when a republication added or removed records before it, where a page number shifts.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RestCursorTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Next_ContinuesAfterTheLastRecordSeen_AcrossARepublication_WhereAPageNumberShifts()
    {
        var db = await postgres.CreateDatabaseAsync();
        await PortalMarts.SeedPortalAsync(db);
        await using var dataSource = NpgsqlDataSource.Create(db);
        await using var server = await RestServer.StartAsync(dataSource);
        var first = await server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/services?size=2", UriKind.Relative));
        var searchFirst = await server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/search/services?code_commune=44109&size=2", UriKind.Relative));
        Assert.Equal(["alpha--v1", "alpha--v2"], Ids(first));
        Assert.Equal(["alpha--v1", "beta--v3"], Ids(searchFirst));

        // The republication: two services sort before the cursor, one seen on the first page is gone.
        await PortalMarts.InsertAsync(db, "marts.structures", new { id = "aaa--s0", nom = "Structure ajoutée" });
        await PortalMarts.InsertAsync(db, "marts.services",
            new { id = "aaa--v0", structure_id = "aaa--s0", nom = "Ajouté", description = "Ajouté avant le curseur.", code_insee = "44109", latitude = 47.2382, longitude = -1.5603, modes_accueil = new[] { "en-presentiel" } },
            new { id = "aab--v0", structure_id = "aaa--s0", nom = "Ajouté aussi", description = "Ajouté avant le curseur." });
        await using (var command = dataSource.CreateCommand("DELETE FROM marts.services WHERE id = 'alpha--v1'"))
        {
            await command.ExecuteNonQueryAsync();
        }

        var next = await server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/services?size=2&cursor=" + Uri.EscapeDataString(first.GetProperty("next").GetString()!), UriKind.Relative));
        var byNumber = await server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/services?size=2&page=2", UriKind.Relative));
        var searchNext = await server.Http.GetFromJsonAsync<JsonElement>(new Uri(
            "/api/v1/search/services?code_commune=44109&size=2&cursor=" + Uri.EscapeDataString(searchFirst.GetProperty("next").GetString()!), UriKind.Relative));

        Assert.Equal(["beta--v3", "gamma--v4"], Ids(next));
        Assert.Equal(["alpha--v2", "beta--v3"], Ids(byNumber));
        // aaa--v0 (0 km) sorts before the cursor's (8 km, beta--v3): not served again, not shifting the rest.
        Assert.Equal(["alpha--v2", "gamma--v4"], Ids(searchNext));
    }

    private static List<string> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray()
        .Select(i => (i.TryGetProperty("service", out var service) ? service : i).GetProperty("id").GetString()!).ToList();
}
