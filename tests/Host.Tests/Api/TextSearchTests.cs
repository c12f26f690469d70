using System.Globalization;
using System.Text.Json;
using DataInclusion.GraphQL.Execution;
using DataInclusion.Host.Api;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Normalize;
using Npgsql;

namespace DataInclusion.Host.Tests.Api;

/// <summary>Issue 12 §1 search(q): French unaccented full text, weights A/B/C, filters, near a place, on <see cref="PortalMarts"/>.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TextSearchTests(PostgresFixture postgres) : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;
    private DataInclusion.GraphQL.Types.Schema _schema = null!;
    private string _db = null!;

    public async Task InitializeAsync()
    {
        _db = await postgres.CreateDatabaseAsync();
        await PortalMarts.SeedPortalAsync(_db);
        _dataSource = NpgsqlDataSource.Create(_db);
        _schema = MartsSchema.Build(_dataSource);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Theory]
    [InlineData("permis", "service:alpha--v1")]
    [InlineData("EPICERIE", "service:beta--v3,structure:beta--s2")]
    [InlineData("épiceries", "service:beta--v3,structure:beta--s2")]
    [InlineData("garage -voiture", "")]
    [InlineData("\"centre social\"", "structure:gamma--s3")]
    public async Task Words_MatchUnaccentedAndStemmed(string q, string expected)
    {
        var hits = await SearchAsync(q);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(',').Order(StringComparer.Ordinal), hits.Select(h => h.Hit).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Labels_OfThematiquesPublicsAndReseaux_AreSearched()
    {
        // "véhicule" is in no name nor description: only in the thématiques' labels (weight B).
        Assert.Equal(["service:alpha--v1", "service:gamma--v4"], (await SearchAsync("vehicule")).Select(h => h.Hit).Order(StringComparer.Ordinal));
        // publicsPrecisions (B).
        Assert.Equal(["service:alpha--v2"], (await SearchAsync("éloignées")).Select(h => h.Hit));
        // A réseau porteur's label (B) on structures: aci is "… Ateliers et Chantiers d’Insertion".
        Assert.Equal(["structure:alpha--s1"], (await SearchAsync("chantier")).Select(h => h.Hit));
    }

    [Fact]
    public async Task Names_OutrankLabels_OutrankDescriptions()
    {
        // "solidaire": in three names (A) and in one description (C, alpha--v1).
        var hits = await SearchAsync("solidaire");

        Assert.Equal(["service:beta--v3", "service:gamma--v4", "structure:beta--s2"], hits.Take(3).Select(h => h.Hit).Order(StringComparer.Ordinal));
        Assert.Equal("service:alpha--v1", hits[^1].Hit);
        Assert.True(hits[^1].Score < hits[2].Score);
        // "jeunes": a label (B) and a description (C) for alpha--v1, a description only for alpha--s1.
        Assert.Equal(["service:alpha--v1", "structure:alpha--s1"], (await SearchAsync("jeunes")).Select(h => h.Hit));
    }

    [Fact]
    public async Task Order_IsTier_ThenShorterName_ThenId_WithTheSqlScore()
    {
        // Migration 0150: "solidaire" is in the names of beta--v3 ("Épicerie solidaire": 2 words), gamma--v4 ("Garage
        // solidaire": 2) and beta--s2 ("Épicerie solidaire du Bouffay": 3, "du" is a stop word), and only in the
        // description of alpha--v1 ("Aide au permis de conduire": 3 words once "au" and "de" are dropped).
        var hits = await SearchAsync("solidaire");

        Assert.Equal(["service:beta--v3", "service:gamma--v4", "structure:beta--s2", "service:alpha--v1"], hits.Select(h => h.Hit));
        Assert.Equal([SearchRank.Score(1, 2), SearchRank.Score(1, 2), SearchRank.Score(1, 3), SearchRank.Score(3, 3)], hits.Select(h => h.Score));
        // The tiered pages compute the score in C#, the pages near a place in SQL: both give the same doubles.
        var sql = await Sql.ColumnAsync(_db, """
            SELECT marts.search_score(v, websearch_to_tsquery('marts.french_unaccent', 'solidaire'))::text FROM (
                SELECT 1 o, search_vector v FROM marts.services WHERE id = 'beta--v3' UNION ALL SELECT 2, search_vector FROM marts.services WHERE id = 'gamma--v4'
                UNION ALL SELECT 3, search_vector FROM marts.structures WHERE id = 'beta--s2' UNION ALL SELECT 4, search_vector FROM marts.services WHERE id = 'alpha--v1') r
            ORDER BY o
            """);
        Assert.Equal(hits.Select(h => h.Score), sql.Select(v => double.Parse(v, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ALabelMatch_OutranksADescriptionMatch_WhateverTheNames()
    {
        // "jeunes": alpha--v1's publics label (tier 2, a 3-word name) before alpha--s1's description (tier 3, 3 words).
        var hits = await SearchAsync("jeunes");

        Assert.Equal(["service:alpha--v1", "structure:alpha--s1"], hits.Select(h => h.Hit));
        Assert.Equal([SearchRank.Score(2, 3), SearchRank.Score(3, 3)], hits.Select(h => h.Score));
    }

    [Theory]
    [InlineData(2, 7)]
    [InlineData(1, 0)]
    [InlineData(3, 41)]
    public void Score_DecodesToItsTierAndNameLength(int tier, int length)
    {
        Assert.Equal((tier, length), SearchRank.Decode(SearchRank.Score(tier, length)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.9)]
    [InlineData(0.17)]
    public void Decode_RefusesAScoreTheRuleCannotGive(double score)
    {
        Assert.Null(SearchRank.Decode(score));
    }

    [Fact]
    public async Task ServiceFilters_LeaveStructuresOut()
    {
        var hits = await SearchAsync("solidaire", "thematiques: [\"mobilite\"]");

        Assert.Equal(["service:alpha--v1", "service:gamma--v4"], hits.Select(h => h.Hit).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NearAPlace_OnlyWithinRange_WithDistance()
    {
        var hits = await SearchAsync("solidaire", "codeCommune: \"85191\", distanceKm: 10");

        var hit = Assert.Single(hits);
        Assert.Equal("service:gamma--v4", hit.Hit);
        Assert.Equal(0, hit.Distance);
    }

    [Fact]
    public async Task Pages_AreKeysetOnScoreThenId()
    {
        var all = await SearchAsync("solidaire");
        var seen = new List<string>();
        string? after = null;
        do
        {
            var data = await MartsSchema.DataAsync(_schema,
                "query($after: String) { search(q: \"solidaire\", first: 2, after: $after) { totalCount edges { service { id } structure { id } } pageInfo { hasNextPage endCursor } } }",
                new Dictionary<string, object?> { ["after"] = after });
            var connection = data.GetProperty("search");
            Assert.Equal(all.Count, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(Hit));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(all.Select(h => h.Hit), seen);
    }

    [Fact]
    public async Task SqlLabels_MatchTheReferentiels()
    {
        // marts.libelles (migration 0122) carries the labels inline; a new référentiel version must come with a new migration.
        var values = Referentiels.Publics.Values.Concat(Referentiels.ReseauxPorteurs.Values).ToList();
        var labels = await Sql.ColumnAsync(_db, "SELECT marts.libelles(ARRAY[v]) FROM unnest(ARRAY['" + string.Join("','", values.Select(v => v.Value)) + "']) v");
        Assert.Equal(values.Select(v => v.Label), labels);
        var thematiques = Referentiels.Thematiques.Values;
        var thematiqueLabels = await Sql.ColumnAsync(_db, "SELECT marts.libelles(ARRAY[v]) FROM unnest(ARRAY['" + string.Join("','", thematiques.Select(v => v.Value)) + "']) v");
        Assert.Equal(thematiques.Select(t => Referentiels.CategoriesThematiques.Values.Single(c => t.Value.StartsWith(c.Value + "--", StringComparison.Ordinal)).Label + " " + t.Label), thematiqueLabels);
    }

    [Fact]
    public async Task BlankQuery_IsAnError()
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = _schema, Query = "{ search(q: \"  \") { totalCount } }" });

        Assert.Contains("q : donnez de 1 à 500 caractères", Assert.Single(result.Errors!).Message, StringComparison.Ordinal);
    }

    private async Task<List<(string Hit, double Score, double? Distance)>> SearchAsync(string q, string arguments = "")
    {
        var data = await MartsSchema.DataAsync(_schema, $$"""
            query($q: String!) { search(q: $q, first: 100{{(arguments.Length > 0 ? ", " + arguments : string.Empty)}}) { edges { score distanceKm service { id nom } structure { id nom } } } }
            """, new Dictionary<string, object?> { ["q"] = q });
        return data.GetProperty("search").GetProperty("edges").EnumerateArray()
            .Select(e => (Hit(e), e.GetProperty("score").GetDouble(), e.GetProperty("distanceKm").ValueKind == JsonValueKind.Null ? (double?)null : e.GetProperty("distanceKm").GetDouble()))
            .ToList();
    }

    private static string Hit(JsonElement edge) => edge.GetProperty("service").ValueKind != JsonValueKind.Null
        ? "service:" + edge.GetProperty("service").GetProperty("id").GetString()
        : "structure:" + edge.GetProperty("structure").GetProperty("id").GetString();
}
