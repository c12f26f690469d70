using DataInclusion.Sources.Paging;

namespace DataInclusion.Sources.Tests.Paging;

public sealed class NextLinkGuardTests
{
    private static readonly Uri s_first = new("https://emplois.inclusion.beta.gouv.fr/api/v1/data-inclusion/?type=siae&page_size=1000");

    [Fact]
    public void Follow_SameHost_ReturnsTheLink()
    {
        var guard = Guard();

        var next = guard.Follow(s_first, "https://emplois.inclusion.beta.gouv.fr/api/v1/data-inclusion/?page=2&page_size=1000&type=siae");

        Assert.Equal("/api/v1/data-inclusion/?page=2&page_size=1000&type=siae", next.PathAndQuery);
    }

    [Fact]
    public void Follow_HttpLinkOfAnHttpsRun_IsUpgraded()
    {
        var next = Guard().Follow(s_first, "http://emplois.inclusion.beta.gouv.fr/api/v1/data-inclusion/?page=2&page_size=1000&type=siae");

        Assert.Equal(Uri.UriSchemeHttps, next.Scheme);
        Assert.Equal(443, next.Port);
    }

    [Theory]
    [InlineData("https://evil.example/api/v1/data-inclusion/?page=2")]
    [InlineData("https://emplois.inclusion.beta.gouv.fr:8443/api/v1/data-inclusion/?page=2")]
    public void Follow_AnotherOrigin_Throws(string next)
    {
        var error = Assert.Throws<SourceFetchException>(() => Guard().Follow(s_first, next));

        Assert.Contains("leaves https://emplois.inclusion.beta.gouv.fr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Follow_ALinkAlreadyFetched_ThrowsPagingLoop()
    {
        var guard = Guard();
        var second = guard.Follow(s_first, "?page=2&page_size=1000&type=siae");

        var error = Assert.Throws<SourceFetchException>(() => guard.Follow(second, s_first.AbsoluteUri));

        Assert.Contains("paging loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Follow_BeyondMaxPages_Throws()
    {
        var guard = Guard(maxPages: 2);
        var second = guard.Follow(s_first, "?page=2");

        var error = Assert.Throws<SourceFetchException>(() => guard.Follow(second, "?page=3"));

        Assert.Contains("more than 2 pages", error.Message, StringComparison.Ordinal);
    }

    private static NextLinkGuard Guard(int maxPages = 100) => new(new HttpFetchContext("emplois-de-linclusion", "siaes"), s_first, maxPages);
}
