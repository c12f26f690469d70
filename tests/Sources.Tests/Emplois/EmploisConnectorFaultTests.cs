using System.Net;
using DataInclusion.Fakes;
using DataInclusion.Fakes.Emplois;
using DataInclusion.Sources.Tests.TestSupport;

namespace DataInclusion.Sources.Tests.Emplois;

public sealed class EmploisConnectorFaultTests
{
    [Fact]
    public async Task TooManyRequests_ThenSuccess_WaitsTheRetryAfterSeconds()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.TooManyRequests("7"));
        var time = new RecordingTimeProvider(shortenFrom: TimeSpan.FromSeconds(5));

        var payloads = await EmploisConnectorPagingTests.Connector(server, time: time).FetchAsync(CancellationToken.None);

        Assert.Equal(2, payloads.Count);
        Assert.Contains(TimeSpan.FromSeconds(7), time.Requested);
        Assert.Equal([FaultKind.TooManyRequests, null, null], server.Requests.Select(r => r.Fault));
    }

    [Fact]
    public async Task TooManyRequests_WithRetryAfterBeyondTheMaximum_FailsAtOnce()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.TooManyRequests("600"));

        var error = await Assert.ThrowsAsync<SourceFetchException>(
            () => EmploisConnectorPagingTests.Connector(server).FetchAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Contains("Retry-After 600 s", error.Message, StringComparison.Ordinal);
        Assert.Contains("Requête ralentie", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task TooManyRequests_WithoutRetryAfter_FallsBackToBackoff()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.Respond(FakeResponse.Json(429, """{"detail":"Requête ralentie."}""")));

        var payloads = await EmploisConnectorPagingTests.Connector(server).FetchAsync(CancellationToken.None);

        Assert.Equal(2, payloads.Count);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Forbidden_IsNotRetried()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.Respond(FakeResponse.Json(403, """{"detail":"Vous n'avez pas la permission d'effectuer cette action."}""")));

        var error = await Assert.ThrowsAsync<SourceFetchException>(
            () => EmploisConnectorPagingTests.Connector(server).FetchAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Contains("Vous n'avez pas la permission", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(FaultKind.ServerError)]
    [InlineData(FaultKind.TruncatedBody)]
    [InlineData(FaultKind.MalformedJson)]
    public async Task TransientFault_ThenSuccess_IsRetried(FaultKind kind)
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(new Fault(kind).On("type=orga"));

        var payloads = await EmploisConnectorPagingTests.Connector(server).FetchAsync(CancellationToken.None);

        Assert.Equal(["siaes", "organisations"], payloads.Select(p => p.Stream));
        Assert.Equal([null, kind, null], server.Requests.Select(r => r.Fault));
        Assert.Equal(0, server.Faults.Pending);
    }

    [Fact]
    public async Task AttemptTimeout_ThenSuccess_IsRetried()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.Slow(TimeSpan.FromSeconds(30)));
        var options = TestHttp.FastOptions(attemptTimeoutSeconds: 1.5);

        var payloads = await EmploisConnectorPagingTests.Connector(server, options: options).FetchAsync(CancellationToken.None);

        Assert.Equal(2, payloads.Count);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task MaintenanceJson503_ThenSuccess_IsRetried()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.Respond(FakeResponse.Json(503, """{"error":"maintenance en cours"}""")));

        var payloads = await EmploisConnectorPagingTests.Connector(server).FetchAsync(CancellationToken.None);

        Assert.Equal(2, payloads.Count);
    }

    [Fact]
    public async Task RetriesExhausted_ThrowsNamingSourceStreamUrlAndCause()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.ServerError(), times: 4);

        var error = await Assert.ThrowsAsync<SourceFetchException>(
            () => EmploisConnectorPagingTests.Connector(server).FetchAsync(CancellationToken.None));

        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("emplois-de-linclusion", error.SourceId);
        Assert.Equal("siaes", error.Stream);
        Assert.Contains("emplois-de-linclusion", error.Message, StringComparison.Ordinal);
        Assert.Contains("siaes", error.Message, StringComparison.Ordinal);
        Assert.Contains(server.BaseUri.Authority, error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("Something went wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeoutsExhausted_ThrowsSayingNoAnswerCame()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.Slow(TimeSpan.FromSeconds(30)), times: 2);
        var options = TestHttp.FastOptions(maxAttempts: 2, attemptTimeoutSeconds: 0.2);

        var error = await Assert.ThrowsAsync<SourceFetchException>(
            () => EmploisConnectorPagingTests.Connector(server, options: options).FetchAsync(CancellationToken.None));

        Assert.Contains("no complete answer within 0.2 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Attempts);
    }

    [Fact]
    public async Task MaintenancePage_FailsAtOnceWithoutRetrying()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.MaintenancePage(), times: 4);

        var error = await Assert.ThrowsAsync<SourceFetchException>(
            () => EmploisConnectorPagingTests.Connector(server).FetchAsync(CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Contains("text/html", error.Message, StringComparison.Ordinal);
        Assert.Contains("Maintenance en cours", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongToken_FailsAtOnceQuotingTheFrenchDetail()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        var connector = EmploisConnectorPagingTests.Connector(server);
        server.Token = "another-token";

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => connector.FetchAsync(CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("\"Informations d'authentification non fournies.\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("another-token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeEmploisServer.DefaultToken, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_StopsTheRunWithOperationCanceled()
    {
        await using var server = await FakeEmploisServer.StartAsync();
        server.Faults.Enqueue(Fault.Slow(TimeSpan.FromSeconds(30)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var options = TestHttp.FastOptions(attemptTimeoutSeconds: 20);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => EmploisConnectorPagingTests.Connector(server, options: options).FetchAsync(cancel.Token));

        Assert.Single(server.Requests);
    }
}
