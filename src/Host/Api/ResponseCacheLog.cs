using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Api;

/// <summary>The response cache's log events.</summary>
internal static partial class ResponseCacheLog
{
    [LoggerMessage(EventId = 9300, Level = LogLevel.Information, Message = "GraphQL response cache listening for publications ({MaxMegabytes} MB, entries kept {TtlSeconds} s at most)")]
    public static partial void Listening(this ILogger logger, int maxMegabytes, int ttlSeconds);

    [LoggerMessage(EventId = 9301, Level = LogLevel.Warning, Message = "GraphQL response cache: the publication listener lost its connection; the cache is bypassed until it listens again in {RetrySeconds} s")]
    public static partial void ListenerLost(this ILogger logger, Exception exception, double retrySeconds);
}
