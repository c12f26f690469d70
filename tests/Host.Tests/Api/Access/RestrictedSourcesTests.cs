using System.Net;
using System.Text.Json;
using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary>
/// Issue 12 §2, "one rule, tested across every entry point": a soliguide structure and services next to a public
/// structure and service, read over HTTP by callers with and without the grant, through every GraphQL field that
/// returns rows or counts them. Each test runs twice: for soliguide (restricted in the registry) and for a producer
/// account an operator restricted (<see cref="RestrictedProducer"/>), so the one rule is proven for both kinds.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RestrictedSourcesTests(PostgresFixture postgres)
{
    /// <summary>A producer account's source, restricted with <c>producers restrict</c> (sorts after alpha, as soliguide does).</summary>
    internal const string RestrictedProducer = "partenaire";

    private const string Granted = "granted";

    /// <summary>
    /// Each entry point, the answer of a caller who may not read soliguide, and of one who may. Public rows and soliguide
    /// rows share a cluster and a commune and match the same words, so every door has a soliguide row to leak.
    /// </summary>
    private static readonly (string EntryPoint, string Query, string Hidden, string Seen)[] s_entryPoints =
    [
        ("structures", "{ structures { edges { node { id } } } }",
            """{"structures":{"edges":[{"node":{"id":"alpha--s1"}}]}}""",
            """{"structures":{"edges":[{"node":{"id":"alpha--s1"}},{"node":{"id":"soliguide--p1"}}]}}"""),
        ("structures(sources)", """{ structures(sources: ["soliguide"]) { edges { node { id } } } }""",
            """{"structures":{"edges":[]}}""",
            """{"structures":{"edges":[{"node":{"id":"soliguide--p1"}}]}}"""),
        ("services", "{ services { edges { node { id } } } }",
            """{"services":{"edges":[{"node":{"id":"alpha--v1"}}]}}""",
            """{"services":{"edges":[{"node":{"id":"alpha--v1"}},{"node":{"id":"soliguide--v1"}},{"node":{"id":"soliguide--v2"}}]}}"""),
        ("structure(id)", """{ structure(id: "soliguide--p1") { id } }""",
            """{"structure":null}""",
            """{"structure":{"id":"soliguide--p1"}}"""),
        ("service(id)", """{ service(id: "soliguide--v1") { id } }""",
            """{"service":null}""",
            """{"service":{"id":"soliguide--v1"}}"""),
        ("Structure.services", """{ structure(id: "alpha--s1") { services { id } } }""",
            """{"structure":{"services":[{"id":"alpha--v1"}]}}""",
            """{"structure":{"services":[{"id":"alpha--v1"},{"id":"soliguide--v2"}]}}"""),
        ("Service.structure", """{ services { edges { node { id structure { id } } } } }""",
            """{"services":{"edges":[{"node":{"id":"alpha--v1","structure":{"id":"alpha--s1"}}}]}}""",
            """{"services":{"edges":[{"node":{"id":"alpha--v1","structure":{"id":"alpha--s1"}}},{"node":{"id":"soliguide--v1","structure":{"id":"soliguide--p1"}}},{"node":{"id":"soliguide--v2","structure":{"id":"alpha--s1"}}}]}}"""),
        ("doublons", """{ structure(id: "alpha--s1") { doublons { id } } }""",
            """{"structure":{"doublons":[]}}""",
            """{"structure":{"doublons":[{"id":"soliguide--p1"}]}}"""),
        ("searchServices", """{ searchServices(codeCommune: "44109") { edges { node { id } } } }""",
            """{"searchServices":{"edges":[{"node":{"id":"alpha--v1"}}]}}""",
            """{"searchServices":{"edges":[{"node":{"id":"alpha--v1"}},{"node":{"id":"soliguide--v1"}}]}}"""),
        ("search", """{ search(q: "épicerie") { edges { structure { id } service { id } } } }""",
            // Migration 0150's order: the 2-word names ("Épicerie sociale") before the 3-word ones, then ids.
            """{"search":{"edges":[{"structure":null,"service":{"id":"alpha--v1"}},{"structure":{"id":"alpha--s1"},"service":null}]}}""",
            """{"search":{"edges":[{"structure":null,"service":{"id":"alpha--v1"}},{"structure":null,"service":{"id":"soliguide--v1"}},{"structure":{"id":"alpha--s1"},"service":null},{"structure":{"id":"soliguide--p1"},"service":null}]}}"""),
        ("totalCount", """{ a: structures(first: 1) { totalCount } b: services(first: 1) { totalCount } c: searchServices(codeCommune: "44109", first: 1) { totalCount } d: search(q: "épicerie", first: 1) { totalCount } }""",
            """{"a":{"totalCount":1},"b":{"totalCount":1},"c":{"totalCount":1},"d":{"totalCount":2}}""",
            """{"a":{"totalCount":2},"b":{"totalCount":3},"c":{"totalCount":2},"d":{"totalCount":4}}"""),
    ];

    [Theory]
    [InlineData("soliguide")]
    [InlineData(RestrictedProducer)]
    public async Task EveryGraphQLEntryPoint_ShowsARestrictedSourcesRows_OnlyToATokenGrantedIt(string restricted)
    {
        var db = await postgres.CreateDatabaseAsync();
        await SeedAsync(db, restricted);
        await using var host = await ApiHost.StartAsync(db);
        var callers = new Dictionary<string, string?>
        {
            ["no token"] = null,
            ["token without the grant"] = await host.CreateTokenAsync("portail"),
            ["admin token without the grant"] = await host.CreateTokenAsync("operateur", ApiScope.Admin),
            [Granted] = await host.CreateTokenAsync("dora-partenaire", sources: [restricted]),
        };
        using var http = host.Client();

        var wrong = new List<string>();
        foreach (var (entryPoint, query, hidden, seen) in s_entryPoints)
        {
            foreach (var (caller, token) in callers)
            {
                var data = await ApiHost.DataAsync(http, query.Replace("soliguide", restricted, StringComparison.Ordinal), token);
                var expected = (caller == Granted ? seen : hidden).Replace("soliguide", restricted, StringComparison.Ordinal);
                if (data != expected)
                {
                    wrong.Add($"{entryPoint}, {caller}:\n  expected {expected}\n  got      {data}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("soliguide")]
    [InlineData(RestrictedProducer)]
    public async Task Sources_ListsARestrictedSource_OnlyToATokenGrantedIt_MarkedRestricted(string restricted)
    {
        var db = await postgres.CreateDatabaseAsync();
        await SeedAsync(db, restricted);
        await using var host = await ApiHost.StartAsync(db);
        var granted = await host.CreateTokenAsync("dora-partenaire", sources: [restricted]);
        var other = await host.CreateTokenAsync("portail");
        using var http = host.Client();
        const string Query = "{ sources { slug restricted } }";

        foreach (var token in new[] { null, other })
        {
            var sources = JsonDocument.Parse(await ApiHost.DataAsync(http, Query, token)).RootElement.GetProperty("sources").EnumerateArray().ToList();
            Assert.Contains(sources, s => s.GetProperty("slug").GetString() == "dora" && !s.GetProperty("restricted").GetBoolean());
            Assert.DoesNotContain(sources, s => s.GetProperty("slug").GetString() == restricted);
        }

        var seen = JsonDocument.Parse(await ApiHost.DataAsync(http, Query, granted)).RootElement.GetProperty("sources").EnumerateArray();
        Assert.Contains(seen, s => s.GetProperty("slug").GetString() == restricted && s.GetProperty("restricted").GetBoolean());
    }

    /// <summary>
    /// alpha (public) and soliguide describe one épicerie in Nantes (same cluster, alpha the best record); soliguide--v2 is
    /// a soliguide row under alpha's structure, so the lookup by structure has its own soliguide row to hide. With
    /// another <paramref name="restricted"/> slug, the same rows are that source's, and its producer account is
    /// created and restricted as an operator does (<see cref="RestrictProducerAsync"/>).
    /// </summary>
    internal static async Task SeedAsync(string db, string restricted = "soliguide")
    {
        if (SourceRegistry.Find(restricted) is null)
        {
            await RestrictProducerAsync(db, restricted);
        }

        await PortalMarts.InsertAsync(db, "marts.structures",
            new { id = "alpha--s1", nom = "Épicerie solidaire Alpha", code_insee = "44109", latitude = 47.2382, longitude = -1.5603, cluster_id = "c1", meilleur_du_cluster = true },
            new { id = $"{restricted}--p1", nom = "Épicerie solidaire du quartier", code_insee = "44109", latitude = 47.2382, longitude = -1.5603, cluster_id = "c1", meilleur_du_cluster = false });
        await PortalMarts.InsertAsync(db, "marts.services",
            new { id = "alpha--v1", structure_id = "alpha--s1", nom = "Épicerie sociale", description = "Colis alimentaires à prix réduit.",
                code_insee = "44109", latitude = 47.2382, longitude = -1.5603, modes_accueil = new[] { "en-presentiel" } },
            new { id = $"{restricted}--v1", structure_id = $"{restricted}--p1", nom = "Épicerie sociale", description = "Colis alimentaires à prix réduit.",
                code_insee = "44109", latitude = 47.2382, longitude = -1.5603, modes_accueil = new[] { "en-presentiel" } },
            new { id = $"{restricted}--v2", structure_id = "alpha--s1", nom = "Douches", description = "Douches gratuites le matin." });
    }

    /// <summary>Creates the producer account <paramref name="slug"/> (its licence would let it into the dumps) and restricts it.</summary>
    internal static async Task RestrictProducerAsync(string db, string slug)
    {
        await using var dataSource = NpgsqlDataSource.Create(db);
        var admin = new ProducerAdmin(new ProducerStore(dataSource, TimeProvider.System));
        Assert.Null((await admin.AddAsync(slug, "Partenaire", null, inOpenData: true, CancellationToken.None)).Problem);
        Assert.Null(await admin.SetRestrictedAsync(slug, restricted: true, CancellationToken.None));
    }

}
