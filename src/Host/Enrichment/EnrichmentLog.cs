using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Enrichment;

/// <summary>The company lookup's log events.</summary>
internal static partial class EnrichmentLog
{
    [LoggerMessage(EventId = 9100, Level = LogLevel.Information, Message = "Company lookup for {Source} run {RunId}: {Known} structures known to Recherche d'entreprises")]
    public static partial void CompaniesLookedUp(this ILogger logger, string source, Guid runId, int known);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Company lookup for {Source} run {RunId} stopped; the run is published without the remaining flags")]
    public static partial void CompanyLookupFailed(this ILogger logger, Exception exception, string source, Guid runId);
}
