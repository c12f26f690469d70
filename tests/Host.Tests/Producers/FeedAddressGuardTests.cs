using System.Net;
using DataInclusion.Host.Producers;

namespace DataInclusion.Host.Tests.Producers;

/// <summary>Addresses a producer's feed may not resolve to: our own network.</summary>
public sealed class FeedAddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("93.184.215.14", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2001:4860:4860::8888", false)]
    public void IsInternal_ClassifiesAddresses(string address, bool expected) =>
        Assert.Equal(expected, FeedAddressGuard.IsInternal(IPAddress.Parse(address)));

    [Fact]
    public async Task Localhost_IsRefusedByName()
    {
        var problem = await FeedAddressGuard.ProblemAsync(new ProducerFeed("http://localhost:8080/s.json", null, null, null), CancellationToken.None);

        Assert.Contains("adresse interne", problem, StringComparison.Ordinal);
    }
}
