using System.Net;
using System.Text;
using System.Text.Json;
using DataInclusion.Host.Api;
using DataInclusion.Host.Tests.Api.Access;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DataInclusion.Host.Tests.Api;

/// <summary>
/// The searches' bulkhead: with <c>Api:Search:MaxConcurrency</c> 1 and its slot held (a search that does not end), the
/// list and lookup queries still answer, searches (REST and GraphQL) wait, then are refused with a clear error, or run
/// as soon as the slot is free; a cancelled wait takes no slot.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SearchGateTests(PostgresFixture postgres)
{
    [Fact]
    public async Task WhileTheOnlySlotIsBusy_ListsAnswer_AndSearchesAreRefusedAfterTheQueueTimeout()
    {
        await using var host = await StartAsync("00:00:00.5");
        using var http = host.Client();
        var slow = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = await HoldAsync(host, slow.Task);

        using var list = await http.GetAsync(new Uri("/api/v1/services?size=2", UriKind.Relative));
        using var lookup = await http.GetAsync(new Uri("/api/v1/services/alpha--v1", UriKind.Relative));
        using var search = await http.GetAsync(new Uri("/api/v1/search?q=solidaire", UriKind.Relative));
        using var searchServices = await http.GetAsync(new Uri("/api/v1/search/services?code_commune=44109", UriKind.Relative));
        var graphQL = await GraphQLAsync(http, "{ search(q: \"solidaire\") { edges { score } } }");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lookup.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Contains("Trop de recherches en cours", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, searchServices.StatusCode);
        var error = graphQL.GetProperty("errors")[0];
        Assert.Equal(SearchBusyException.ErrorCode, error.GetProperty("extensions").GetProperty("code").GetString());
        slow.SetResult(0);
        await held;
        using var after = await http.GetAsync(new Uri("/api/v1/search?q=solidaire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task AQueuedSearch_RunsOnceTheSlotIsFree()
    {
        await using var host = await StartAsync("00:01:00");
        using var http = host.Client();
        var slow = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = await HoldAsync(host, slow.Task);

        var queued = http.GetAsync(new Uri("/api/v1/search?q=solidaire", UriKind.Relative));
        // A list answers meanwhile: the queued search takes no connection and no slot.
        using var list = await http.GetAsync(new Uri("/api/v1/structures?size=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.False(queued.IsCompleted);
        slow.SetResult(0);
        await held;

        using var search = await queued;
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    [Fact]
    public async Task ACancelledWait_TakesNoSlot()
    {
        using var gate = new SearchGate(new SearchGateOptions { MaxConcurrency = 1, QueueTimeout = TimeSpan.FromMinutes(1) });
        var slow = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = gate.RunAsync(_ => slow.Task, CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        var waiting = gate.RunAsync(_ => Task.FromResult(1), cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        slow.SetResult(0);
        await held;
        Assert.Equal(2, await gate.RunAsync(_ => Task.FromResult(2), CancellationToken.None));
    }

    [Fact]
    public void MaxConcurrency_DefaultsToTheProcessorCount()
    {
        Assert.Equal(Environment.ProcessorCount, new SearchGateOptions().EffectiveMaxConcurrency);
    }

    private async Task<ApiHost> StartAsync(string queueTimeout)
    {
        var db = await postgres.CreateDatabaseAsync();
        await PortalMarts.SeedPortalAsync(db);
        return await ApiHost.StartAsync(db, new Dictionary<string, string?>
        {
            ["Api:Search:MaxConcurrency"] = "1",
            ["Api:Search:QueueTimeout"] = queueTimeout,
        });
    }

    // Takes the gate's only slot until `release` completes, as a search whose statement runs that long would.
    private static async Task<Task<int>> HoldAsync(ApiHost host, Task<int> release)
    {
        var gate = host.Services.GetRequiredService<SearchGate>();
        var taken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = gate.RunAsync(_ =>
        {
            taken.SetResult();
            return release;
        }, CancellationToken.None);
        await taken.Task;
        return holding;
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient http, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
