using DataInclusion.Fakes;
using DataInclusion.Fakes.Cd35;
using DataInclusion.Sources.Cd35;
using DataInclusion.Sources.Tests.TestSupport;

namespace DataInclusion.Sources.Tests.Cd35;

public sealed class Cd35ConnectorTests
{
    [Fact]
    public async Task FetchAsync_PagesByOffsetWhileExceededTransferLimit()
    {
        await using var server = await FakeCd35Server.StartAsync();

        var payloads = await Connector(server, pageSize: 2).FetchAsync(CancellationToken.None);

        Assert.Equal(2, payloads.Count);
        Assert.All(payloads, p => Assert.Equal("organisations", p.Stream));
        Assert.Equal(3, payloads.Sum(p => Payloads.Count(p, "features")));
        Assert.Equal(["0", "2"], server.Requests.Select(r => r.Query("resultOffset")));
        Assert.All(server.Requests, r =>
        {
            Assert.Equal("1=1", r.Query("where"));
            Assert.Equal("*", r.Query("outFields"));
            Assert.Equal("json", r.Query("f"));
            Assert.Equal("ObjectId", r.Query("orderByFields"));
            Assert.Equal("2", r.Query("resultRecordCount"));
        });
    }

    [Fact]
    public async Task FetchAsync_ServerCapsThePage_OffsetFollowsWhatCame()
    {
        await using var server = await FakeCd35Server.StartAsync();
        server.MaxRecordCount = 1;

        var payloads = await Connector(server, pageSize: 1000).FetchAsync(CancellationToken.None);

        Assert.Equal(3, payloads.Count);
        Assert.Equal(["0", "1", "2"], server.Requests.Select(r => r.Query("resultOffset")));
    }

    [Fact]
    public async Task FetchAsync_ArcGisErrorWith200_IsRetried()
    {
        await using var server = await FakeCd35Server.StartAsync();
        server.Faults.Enqueue(Fault.Respond(FakeCd35Server.ArcGisError(500, "Error performing query operation")));

        var payloads = await Connector(server, pageSize: 1000).FetchAsync(CancellationToken.None);

        Assert.Single(payloads);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task FetchAsync_ArcGisErrorEveryTime_FailsQuotingIt()
    {
        await using var server = await FakeCd35Server.StartAsync();
        server.Faults.Enqueue(Fault.Respond(FakeCd35Server.ArcGisError(400, "Invalid query parameters")), times: 4);

        var error = await Assert.ThrowsAsync<SourceFetchException>(() => Connector(server, pageSize: 1000).FetchAsync(CancellationToken.None));

        Assert.Contains("ArcGIS error 400: \"Invalid query parameters\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Attempts);
    }

    private static Cd35Connector Connector(FakeCd35Server server, int pageSize) =>
        new(TestHttp.Client(), new Cd35Options { LayerUrl = server.LayerUrl, PageSize = pageSize });
}
