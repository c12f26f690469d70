using System.Net.Http.Headers;
using DataInclusion.Sources.Http;

namespace DataInclusion.Sources.Tests.Http;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GetDelay_Seconds_IsThatManySeconds() =>
        Assert.Equal(TimeSpan.FromSeconds(42), RetryAfter.GetDelay(Headers("42"), s_now));

    [Fact]
    public void GetDelay_HttpDate_IsTheTimeUntilThatDate() =>
        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfter.GetDelay(Headers("Wed, 02 Dec 2026 09:01:30 GMT"), s_now));

    [Fact]
    public void GetDelay_DateInThePast_IsZero() =>
        Assert.Equal(TimeSpan.Zero, RetryAfter.GetDelay(Headers("Wed, 02 Dec 2026 08:00:00 GMT"), s_now));

    [Fact]
    public void GetDelay_NoHeader_IsNull() =>
        Assert.Null(RetryAfter.GetDelay(new HttpResponseMessage().Headers, s_now));

    private static HttpResponseHeaders Headers(string retryAfter)
    {
        var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return response.Headers;
    }
}
