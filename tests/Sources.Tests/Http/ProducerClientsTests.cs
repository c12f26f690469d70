using System.Net;
using System.Net.Sockets;
using DataInclusion.Fakes;
using DataInclusion.Fakes.Emplois;
using DataInclusion.Sources.Emplois;
using DataInclusion.Sources.Http;
using DataInclusion.Sources.Tests.Emplois;
using DataInclusion.Sources.Tests.TestSupport;

namespace DataInclusion.Sources.Tests.Http;

/// <summary>The producers' Refit clients behind the standard resilience handler, as <see cref="HttpSourceOptions"/> sets it up.</summary>
public sealed class ProducerClientsTests
{
    [Fact]
    public async Task RequestTimeout408_IsRetried()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.Respond(FakeResponse.Json(408, """{"detail":"Request Timeout"}""")));

        var payloads = await EmploisConnectorPagingTests.Connector(server).FetchAsync(CancellationToken.None);

        Assert.Equal(2, payloads.Count);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task NotFound_IsNotRetried()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.Respond(FakeResponse.Json(404, """{"detail":"Pas trouvé."}""")), times: 4);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => EmploisConnectorPagingTests.Connector(server).FetchAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(1, error.Attempts);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task MaxAttemptsOne_SendsOnceEvenOnA500()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.ServerError(), times: 4);

        var error = await Assert.ThrowsAsync<SourceFetchException>(
            () => EmploisConnectorPagingTests.Connector(server, options: TestHttp.FastOptions(maxAttempts: 1)).FetchAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ConnectionRefused_IsRetriedThenFailsAsANetworkError()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort()}/");
        var connector = new EmploisConnector(TestHttp.Client(), new EmploisOptions { BaseUrl = closed, Token = "t" });

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => connector.FetchAsync(CancellationToken.None));

        Assert.Equal(4, error.Attempts);
        Assert.Null(error.StatusCode);
        Assert.Contains("network error", error.Message, StringComparison.Ordinal);
        Assert.Contains("siaes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachPage_CountsItsOwnAttempts()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.AddGeneratedRows("siae", 5);
        server.Faults.Enqueue(Fault.ServerError().On("type=siae"));
        server.Faults.Enqueue(Fault.ServerError().On("page=2"), times: 4);

        var error = await Assert.ThrowsAsync<SourceFetchException>(
            () => EmploisConnectorPagingTests.Connector(server, pageSize: 4).FetchAsync(CancellationToken.None));

        // The first page needed 2 attempts; the second failed after its own 4, not 4 more than the first's.
        Assert.Equal(4, error.Attempts);
        Assert.Contains("page=2", error.Url!.Query, StringComparison.Ordinal);
        Assert.Equal(6, server.Requests.Count);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
