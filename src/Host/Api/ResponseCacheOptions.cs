namespace DataInclusion.Host.Api;

/// <summary>The GraphQL response cache, section <c>Api:ResponseCache</c> (<c>Api__ResponseCache__MaxMegabytes</c>).</summary>
internal sealed class ResponseCacheOptions
{
    public const string SectionName = "Api:ResponseCache";

    /// <summary>
    /// Total bytes of responses kept (least recently used out); 0 disables the cache. An identical request is answered
    /// from memory until a publication commits (see <see cref="ResponseCacheInvalidation"/>): a portal asks the same
    /// questions many times between two publications (bench/api: 23,000–27,000 requests/s warm against ≈ 1,400).
    /// </summary>
    public int MaxMegabytes { get; set; } = DefaultMaxMegabytes;

    public const int DefaultMaxMegabytes = 64;

    /// <summary>
    /// The safety net: an entry is dropped after this many seconds even if no notification came (a lost connection is
    /// also handled by the listener, which bypasses the cache until it listens again).
    /// </summary>
    public int TtlSeconds { get; set; } = 60;
}
