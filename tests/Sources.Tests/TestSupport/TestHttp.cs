using DataInclusion.Sources.Http;

namespace DataInclusion.Sources.Tests.TestSupport;

/// <summary>
/// Producer clients with tiny delays, so fault tests run in milliseconds. The attempt timeout stays below the
/// <see cref="RecordingTimeProvider"/> thresholds (5 s, 9 s) so that it is never shortened.
/// </summary>
internal static class TestHttp
{
    public static HttpSourceOptions FastOptions(int maxAttempts = 4, double attemptTimeoutSeconds = 4) => new()
    {
        MaxAttempts = maxAttempts,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(20),
        UseJitter = false,
        AttemptTimeout = TimeSpan.FromSeconds(attemptTimeoutSeconds),
        MaxRetryAfter = TimeSpan.FromSeconds(30),
    };

    public static ProducerClients Client(HttpSourceOptions? options = null, TimeProvider? time = null) =>
        ProducerClients.Create(options ?? FastOptions(), time);
}
