using DataInclusion.Fakes;
using DataInclusion.Fakes.V1Feed;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd.Faults;

/// <summary>Fault catalogue (issue 8): producers that stall mid-body or send more than the size cap.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ProducerFaultTests(PostgresFixture postgres)
{
    [Fact]
    public async Task AProducerStallingMidBody_IsCutByTheAttemptTimeout_RetriedABoundedNumberOfTimes_AndTheRunFailsCleanly()
    {
        await using var scenario = await FaultScenario.CreateAsync(await postgres.CreateDatabaseAsync());
        await using var server = await ServeAsync(scenario);
        await scenario.PublishFirstAsync();
        server.Faults.Enqueue(Fault.Stall().On("structures"), times: 10);
        var limits = new Dictionary<string, string?> { ["Sources__Http__AttemptTimeout"] = "00:00:01", ["Sources__Http__MaxAttempts"] = "2" };

        var started = DateTime.UtcNow;
        await using var run = await scenario.RunAsync(limits);
        var took = DateTime.UtcNow - started;

        Assert.True(run.ExitCode == 1, run.ToString());
        var (status, error) = await scenario.LastRunAsync();
        Assert.Equal("failed", status);
        Assert.Contains("after 2 attempts", error, StringComparison.Ordinal);
        Assert.Contains("no complete answer within 1 s", error, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count(r => r.Fault == FaultKind.Stall));
        Assert.True(took < TimeSpan.FromSeconds(30), $"the stalled run took {took}");
        await scenario.AssertPublicationIntactAsync();
        server.Faults.Clear();
        await scenario.AssertRecoveredAsync(await scenario.LastRunIdAsync(), "no complete answer within 1 s");
    }

    [Fact]
    public async Task AProducerSendingMoreThanTheCap_FailsTheRunAtOnce_NamingTheCapAndItsSetting()
    {
        await using var scenario = await FaultScenario.CreateAsync(await postgres.CreateDatabaseAsync());
        await using var server = await ServeAsync(scenario);
        await scenario.PublishFirstAsync();

        await using var run = await scenario.RunAsync(new Dictionary<string, string?> { ["Sources__Http__MaxPayloadBytes"] = "1000" });

        Assert.True(run.ExitCode == 1, run.ToString());
        var (status, error) = await scenario.LastRunAsync();
        Assert.Equal("failed", status);
        Assert.Contains("more than the 1,000 bytes allowed (Sources__Http__MaxPayloadBytes)", error, StringComparison.Ordinal);
        // Final, not retried: a second download of an oversized body would only waste the same time again.
        Assert.Equal(2, server.Requests.Count(r => r.Path.EndsWith("structures.json", StringComparison.Ordinal)));
        await scenario.AssertPublicationIntactAsync();
        await scenario.AssertRecoveredAsync(await scenario.LastRunIdAsync(), "Sources__Http__MaxPayloadBytes");
    }

    [Fact]
    public async Task ALocalFeedFileLargerThanTheCap_FailsTheRun_NamingTheCapAndItsSetting()
    {
        await using var scenario = await FaultScenario.CreateAsync(await postgres.CreateDatabaseAsync());
        await scenario.PublishFirstAsync();

        await using var run = await scenario.RunAsync(new Dictionary<string, string?> { ["Sources__Http__MaxPayloadBytes"] = "1000" });

        Assert.True(run.ExitCode == 1, run.ToString());
        var (status, error) = await scenario.LastRunAsync();
        Assert.Equal("failed", status);
        Assert.Contains("more than the 1,000 bytes allowed (Sources__Http__MaxPayloadBytes)", error, StringComparison.Ordinal);
        await scenario.AssertPublicationIntactAsync();
        await scenario.AssertRecoveredAsync(await scenario.LastRunIdAsync(), "Sources__Http__MaxPayloadBytes");
    }

    /// <summary>Serves the scenario's feed files over HTTP and points the source at them.</summary>
    private static async Task<FakeFeedServer> ServeAsync(FaultScenario scenario)
    {
        var server = await FakeFeedServer.StartAsync();
        server.Files["/faults/structures.json"] = FakeResponse.Json(200, await File.ReadAllTextAsync(scenario.StructuresPath));
        server.Files["/faults/services.json"] = FakeResponse.Json(200, await File.ReadAllTextAsync(scenario.ServicesPath));
        scenario.Environment["DEMO_STRUCTURES_URL"] = new Uri(server.BaseUri, "faults/structures.json").ToString();
        scenario.Environment["DEMO_SERVICES_URL"] = new Uri(server.BaseUri, "faults/services.json").ToString();
        return server;
    }
}
