using DataInclusion.Sources.Http;

namespace DataInclusion.Sources.Tests.TestSupport;

/// <summary>Resilient clients with tiny delays, so fault tests run in milliseconds.</summary>
internal static class TestHttp
{
    public static HttpSourceOptions FastOptions(int maxAttempts = 4, double attemptTimeoutSeconds = 2) => new()
    {
        MaxAttempts = maxAttempts,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(20),
        UseJitter = false,
        AttemptTimeout = TimeSpan.FromSeconds(attemptTimeoutSeconds),
        MaxRetryAfter = TimeSpan.FromSeconds(30),
    };

    public static ResilientHttpClient Client(HttpSourceOptions? options = null, TimeProvider? time = null) =>
        new(SourceHttpClient.Create(), options ?? FastOptions(), time);
}
