using Microsoft.Extensions.Logging;

namespace DataInclusion.Sources;

/// <summary>The log events of the connectors, in one place.</summary>
internal static partial class SourceLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Fetched {Source}/{Stream}: {Pages} pages, {Bytes} bytes")]
    public static partial void StreamFetched(ILogger logger, string source, string stream, int pages, long bytes);

    public static void StreamFetched(ILogger logger, string source, string stream, IReadOnlyCollection<RawPayload> pages)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var bytes = pages.Sum(page => page.Length);
            StreamFetched(logger, source, stream, pages.Count, bytes);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Retrying {Source}/{Stream} {Method} {Url} in {Delay} (attempt {Attempt} of {MaxAttempts} failed: {Reason})")]
    public static partial void Retrying(ILogger logger, string? source, string? stream, HttpMethod? method, Uri? url, TimeSpan delay, int attempt, int maxAttempts, string reason);
}
