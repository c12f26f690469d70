using System.Net;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Validation;

namespace DataInclusion.Host.Tests.Producers;

/// <summary>Addresses a producer's feed (and the validator's fetch by URL) may not resolve to: our own network.</summary>
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
    [InlineData("224.0.0.1", true)]
    [InlineData("ff02::1", true)]
    [InlineData("192.0.0.8", true)]
    public void PrivateAddresses_ClassifiesAddresses(string address, bool expected) =>
        Assert.Equal(expected, PrivateAddresses.Contains(IPAddress.Parse(address)));

    /// <summary>The guard had its own copy of the rule, which let multicast through where the validator refused it.</summary>
    [Theory]
    [InlineData("http://224.0.0.1/s.json")]
    [InlineData("http://[ff02::1]/s.json")]
    public async Task AMulticastFeed_IsRefused_AsTheValidatorRefusesIt(string url)
    {
        var problem = await FeedAddressGuard.ProblemAsync(new ProducerFeed(url, null, null, null), CancellationToken.None);

        Assert.Contains("adresse interne", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Localhost_IsRefusedByName()
    {
        var problem = await FeedAddressGuard.ProblemAsync(new ProducerFeed("http://localhost:8080/s.json", null, null, null), CancellationToken.None);

        Assert.Contains("adresse interne", problem, StringComparison.Ordinal);
    }
}
