using System.Diagnostics;
using DataInclusion.Fakes.Emplois;
using DataInclusion.Sources.Tests.TestSupport;
using Xunit.Abstractions;

namespace DataInclusion.Sources.Tests.Emplois;

public sealed class EmploisConnectorVolumeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FetchAsync_ProductionSizedStreams_ArriveWholeInPagesOfAThousand()
    {
        // The counts of the recorded samples (emplois-samples): 5,412 SIAE and 27,133 organisations.
        await using var server = await FakeEmploisServer.StartAsync();
        server.AddGeneratedRows("siae", 5412 - server.Siaes.Count);
        server.AddGeneratedRows("orga", 27133 - server.Organisations.Count);
        var watch = Stopwatch.StartNew();

        var payloads = await EmploisConnectorPagingTests.Connector(server).FetchAsync(CancellationToken.None);

        watch.Stop();
        Assert.Equal(6, payloads.Count(p => p.Stream == "siaes"));
        Assert.Equal(28, payloads.Count(p => p.Stream == "organisations"));
        Assert.Equal(5412, payloads.Where(p => p.Stream == "siaes").Sum(p => Payloads.Count(p)));
        Assert.Equal(27133, payloads.Where(p => p.Stream == "organisations").Sum(p => Payloads.Count(p)));
        var bytes = payloads.Sum(p => (long)p.Content.Length);
        output.WriteLine($"{payloads.Count} pages, {bytes / 1024 / 1024.0:0.0} MiB in {watch.ElapsedMilliseconds} ms");
    }
}
