using System.Text.RegularExpressions;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Api;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Web.Home;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DataInclusion.Host.Tests.Home;

/// <summary><c>/</c> counts the marts once per publication, not on every request (it did, two counts per source).</summary>
[Collection(PostgresCollection.Name)]
public sealed class HomePageCacheTests(PostgresFixture postgres)
{
    [Fact]
    public async Task HomePage_KeepsItsCounts_UntilTheNextPublication_AndSeesAProducerRestrictedMeanwhile()
    {
        var db = await postgres.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(db);
        var producers = new ProducerAdmin(new ProducerStore(dataSource, TimeProvider.System));
        await producers.AddAsync("alpha", "Alpha", null, inOpenData: true, CancellationToken.None);
        await PortalMarts.InsertAsync(db, "marts.structures", new { id = "alpha--s1", nom = "Un" });
        await using var web = await LoopbackWebApp.StartAsync(
            builder => builder.Services.AddSingleton(dataSource).AddSingleton(new SourceCatalog(dataSource, TimeProvider.System)),
            app => app.MapHome(TimeProvider.System));
        using var http = new HttpClient { BaseAddress = web.BaseUri };
        Assert.Equal("1", await AlphaStructuresAsync(http));

        // Rows written without a publication (no succeeded run) are not counted: the page did not query again.
        await PortalMarts.InsertAsync(db, "marts.structures", new { id = "alpha--s2", nom = "Deux" });
        Assert.Equal("1", await AlphaStructuresAsync(http));

        var runs = new RunStore(dataSource, TimeProvider.System);
        await runs.SucceedAsync(await runs.StartAsync("alpha", "manual", CancellationToken.None), RunCounts.None, null, CancellationToken.None);
        Assert.Equal("2", await AlphaStructuresAsync(http));

        await producers.SetRestrictedAsync("alpha", restricted: true, CancellationToken.None);
        Assert.Contains("accès restreint", await RowAsync(http), StringComparison.Ordinal);
    }

    private static async Task<string> AlphaStructuresAsync(HttpClient http) =>
        Regex.Match(await RowAsync(http), "<td class=\"n\">([0-9 ]+)</td>").Groups[1].Value;

    private static async Task<string> RowAsync(HttpClient http)
    {
        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        var row = Regex.Match(page, "<tr id=\"source-alpha\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, page);
        return row.Groups[1].Value;
    }
}
