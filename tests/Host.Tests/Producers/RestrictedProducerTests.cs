using System.Net;
using DataInclusion.Host.Api.Access;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Tests.Api.Access;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.OpenData;
using Npgsql;

namespace DataInclusion.Host.Tests.Producers;

/// <summary>
/// An operator restricts a producer account's source (issue 12 §2): the CLI, the grant check of <c>tokens create</c>,
/// and how soon a running server honours the change. What each door then shows is proven by
/// <see cref="RestrictedSourcesTests"/>, <see cref="RestRestrictedSourcesTests"/> and <see cref="RestrictedOutsideTheApiTests"/>.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RestrictedProducerTests(PostgresFixture postgres)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Cli_RestrictsAndUnrestrictsAProducersSource_AndTheCatalogueSaysSo()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db };
        await using var dataSource = NpgsqlDataSource.Create(db);
        var catalog = new SourceCatalog(dataSource, TimeProvider.System);
        await using (var add = await CliProcess.RunAsync(environment, s_timeout, "producers", "add", "reseau-35", "--name", "Réseau 35", "--open-data"))
        {
            Assert.True(add.ExitCode == 0, add.ToString());
        }

        Assert.False((await catalog.FindAsync("reseau-35", CancellationToken.None))!.IsRestricted);

        await using (var restrict = await CliProcess.RunAsync(environment, s_timeout, "producers", "restrict", "reseau-35"))
        {
            Assert.True(restrict.ExitCode == 0, restrict.ToString());
        }

        var restricted = (await catalog.FindAsync("reseau-35", CancellationToken.None))!;
        Assert.True(restricted.IsRestricted);
        Assert.False(restricted.InDumps);
        await using (var list = await CliProcess.RunAsync(environment, s_timeout, "producers", "list"))
        {
            Assert.Contains("restricted", list.StandardOutput, StringComparison.Ordinal);
        }

        await using (var unrestrict = await CliProcess.RunAsync(environment, s_timeout, "producers", "unrestrict", "reseau-35"))
        {
            Assert.True(unrestrict.ExitCode == 0, unrestrict.ToString());
        }

        Assert.True((await catalog.FindAsync("reseau-35", CancellationToken.None))!.InDumps);
        await using var unknown = await CliProcess.RunAsync(environment, s_timeout, "producers", "restrict", "nobody");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("no producer is named 'nobody'", unknown.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokensCreate_GrantsARestrictedProducerSource_AndRefusesAnOpenOne()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(db);
        var producers = new ProducerAdmin(new ProducerStore(dataSource, TimeProvider.System));
        await producers.AddAsync("ouvert", "Ouvert", null, inOpenData: true, CancellationToken.None);
        await RestrictedSourcesTests.RestrictProducerAsync(db, RestrictedSourcesTests.RestrictedProducer);
        var tokens = new ApiTokenAdmin(new ApiTokenStore(dataSource, TimeProvider.System), new SourceCatalog(dataSource, TimeProvider.System));

        var (granted, problem) = await tokens.CreateAsync("portail", "api", ["soliguide," + RestrictedSourcesTests.RestrictedProducer], [], null, CancellationToken.None);
        var (_, open) = await tokens.CreateAsync("autre", "api", ["ouvert"], [], null, CancellationToken.None);

        Assert.Null(problem);
        Assert.NotNull(granted);
        Assert.Contains("'ouvert' is not a restricted source (restricted: soliguide, partenaire)", open, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunningServer_HidesASourceRestrictedAfterItStarted_OnceItsCacheLifetimeHasPassed()
    {
        var db = await postgres.CreateDatabaseAsync();
        await RestrictedSourcesTests.SeedAsync(db, "partenaire-tardif");
        await using (var dataSource = NpgsqlDataSource.Create(db))
        {
            // Seeded restricted; opened again before the server starts, so the first read sees it.
            await new ProducerStore(dataSource, TimeProvider.System).SetRestrictedAsync("partenaire-tardif", restricted: false, CancellationToken.None);
        }

        var time = new ManualTime(DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await ApiHost.StartAsync(db, new Dictionary<string, string?> { ["Api:TokenCacheSeconds"] = "30" }, time);
        using var http = host.Client();
        Assert.Contains("partenaire-tardif--p1", await BodyAsync(http, "/api/v1/structures"), StringComparison.Ordinal);

        await new ProducerStore(host.DataSource, TimeProvider.System).SetRestrictedAsync("partenaire-tardif", restricted: true, CancellationToken.None);
        time.Now += TimeSpan.FromSeconds(29);
        Assert.Contains("partenaire-tardif--p1", await BodyAsync(http, "/api/v1/structures"), StringComparison.Ordinal);
        time.Now += TimeSpan.FromSeconds(2);
        Assert.DoesNotContain("partenaire-tardif--p1", await BodyAsync(http, "/api/v1/structures"), StringComparison.Ordinal);
    }

    private static async Task<string> BodyAsync(HttpClient http, string path)
    {
        using var response = await http.SendAsync(ApiHost.Get(path));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }
}
