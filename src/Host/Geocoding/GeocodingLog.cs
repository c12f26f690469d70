using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Geocoding;

/// <summary>The geocoding step's log events (ids 900–909, kept apart from <c>Log</c> so that the step stays one folder).</summary>
internal static partial class GeocodingLog
{
    [LoggerMessage(900, LogLevel.Warning, "Run {RunId} of {Source}: a geocoding batch of {Count} addresses failed ({Reason}); their producer's values are published and they are asked again next run")]
    public static partial void GeocodingBatchFailed(this ILogger logger, Exception? exception, string source, Guid runId, int count, string reason);

    [LoggerMessage(901, LogLevel.Warning, "Run {RunId} of {Source}: the geocoder answered {Answered} of {Count} addresses; the others are asked again next run")]
    public static partial void GeocodingPartial(this ILogger logger, string source, Guid runId, int answered, int count);

    [LoggerMessage(902, LogLevel.Information,
        "Run {RunId} of {Source} geocoded: {Records} records with an address, {Queries} distinct inputs, {FromCache} from the cache, {Sent} sent, {Accepted} records publish the geocoder's values, {Failed} inputs failed")]
    public static partial void Geocoded(this ILogger logger, string source, Guid runId, int records, int queries, int fromCache, int sent, int accepted, int failed);
}
