namespace DataInclusion.Host.Api;

/// <summary>The GraphQL response cache, section <c>Api:ResponseCache</c> (<c>Api__ResponseCache__MaxMegabytes</c>).</summary>
internal sealed class ResponseCacheOptions
{
    public const string SectionName = "Api:ResponseCache";

    /// <summary>
    /// Total bytes of responses kept (least recently used out); 0, the default, disables the cache. An identical request
    /// is then answered from memory until a publication commits (see <see cref="ResponseCacheInvalidation"/>).
    /// </summary>
    public int MaxMegabytes { get; set; }

    /// <summary>
    /// The safety net: an entry is dropped after this many seconds even if no notification came (a lost connection is
    /// also handled by the listener, which bypasses the cache until it listens again).
    /// </summary>
    public int TtlSeconds { get; set; } = 60;
}
