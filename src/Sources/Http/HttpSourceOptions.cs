namespace DataInclusion.Sources.Http;

/// <summary>Retry, timeout and paging limits shared by every connector (configuration section <c>Sources:Http</c>).</summary>
public sealed class HttpSourceOptions
{
    public const string SectionName = "Sources:Http";

    /// <summary>Attempts per request, the first one included. 1 disables retries.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First retry delay; later ones double (exponential backoff), with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Cap on one backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Jitter spreads retries of several runs; tests turn it off to assert exact delays.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>Time allowed to one attempt: headers and the whole body.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Longest <c>Retry-After</c> honoured on 429/503. A server asking for more fails the request at once
    /// rather than holding the run (emplois API §4: Retry-After is about 42 s in practice).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// Largest body accepted from a producer (HTTP, decoded) or a local feed file; a larger one fails the run at once,
    /// without retries, before it can exhaust memory. Default 2 GiB.
    /// </summary>
    public long MaxPayloadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Guard against a producer whose <c>next</c> links never end.</summary>
    public int MaxPages { get; set; } = 10_000;

    /// <summary>
    /// Time allowed to one request, all attempts and waits included: every attempt may use its whole
    /// <see cref="AttemptTimeout"/> and every wait the longest delay allowed (backoff or <c>Retry-After</c>, plus its
    /// jitter), so this deadline only stops a request that the other limits would not (4 × 100 s + 3 × 3 min ≈ 16 min
    /// by default; the standard handler's 30 s would cut slow producers short).
    /// </summary>
    public TimeSpan TotalTimeout
    {
        get
        {
            var attempts = Math.Max(1, MaxAttempts);
            var longestWait = (MaxDelay > MaxRetryAfter ? MaxDelay : MaxRetryAfter) * 1.1 + TimeSpan.FromSeconds(1);
            return AttemptTimeout * attempts + longestWait * (attempts - 1) + TimeSpan.FromSeconds(1);
        }
    }
}
