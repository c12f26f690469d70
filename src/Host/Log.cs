using Microsoft.Extensions.Logging;

namespace DataInclusion.Host;

/// <summary>Every log event of the host, source-generated so that disabled levels cost nothing.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Creating embedded PostgreSQL cluster in {DataDirectory}")]
    public static partial void CreatingCluster(this ILogger logger, string dataDirectory);

    [LoggerMessage(2, LogLevel.Information, "Embedded PostgreSQL listening on 127.0.0.1:{Port} ({DataDirectory})")]
    public static partial void ClusterStarted(this ILogger logger, int port, string dataDirectory);

    [LoggerMessage(3, LogLevel.Information, "Embedded PostgreSQL stopped ({DataDirectory})")]
    public static partial void ClusterStopped(this ILogger logger, string dataDirectory);

    [LoggerMessage(4, LogLevel.Warning, "Embedded PostgreSQL did not stop cleanly")]
    public static partial void ClusterStopFailed(this ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Information, "The {User} user cannot reach {Requested}; the embedded cluster lives in {Fallback}")]
    public static partial void ClusterRelocated(this ILogger logger, string user, string requested, string fallback);

    [LoggerMessage(6, LogLevel.Information, "Applied migration {Version}")]
    public static partial void MigrationApplied(this ILogger logger, string version);

    [LoggerMessage(10, LogLevel.Warning, "Source {Source} skipped: set {MissingVariables}")]
    public static partial void SourceSkipped(this ILogger logger, string source, string missingVariables);

    [LoggerMessage(11, LogLevel.Information, "Run {RunId} of {Source} started ({Trigger})")]
    public static partial void RunStarted(this ILogger logger, string source, Guid runId, string trigger);

    [LoggerMessage(12, LogLevel.Information, "Run {RunId} of {Source}: {PayloadCount} payloads ({Bytes} bytes) stored raw")]
    public static partial void RawStored(this ILogger logger, string source, Guid runId, int payloadCount, long bytes);

    [LoggerMessage(13, LogLevel.Information,
        "Run {RunId} of {Source} succeeded: {Fetched} fetched, {Valid} valid, {Invalid} invalid, {Published} published in {Seconds:0.0} s")]
    public static partial void RunSucceeded(this ILogger logger, string source, Guid runId, int fetched, int valid, int invalid, int published, double seconds);

    [LoggerMessage(14, LogLevel.Error, "Run {RunId} of {Source} failed, its last published data is kept: {Reason}")]
    public static partial void RunFailed(this ILogger logger, Exception? exception, string source, Guid runId, string reason);

    [LoggerMessage(20, LogLevel.Information, "Source {Source} scheduled: {Cron} ({TimeZone})")]
    public static partial void SourceScheduled(this ILogger logger, string source, string cron, string timeZone);

    [LoggerMessage(21, LogLevel.Information, "Scheduler started: instance {Instance}, {WorkerCount} workers, jobs in schema {Schema}")]
    public static partial void SchedulerStarted(this ILogger logger, string instance, int workerCount, string schema);

    [LoggerMessage(22, LogLevel.Warning, "Source {Source} is already running elsewhere; this run is skipped")]
    public static partial void SourceBusy(this ILogger logger, string source);

    [LoggerMessage(24, LogLevel.Information, "Job {JobId} of {Source} skipped: another job ran the source since it was due")]
    public static partial void FireSuperseded(this ILogger logger, string source, string jobId);

    [LoggerMessage(23, LogLevel.Warning, "Marked {Count} interrupted run(s) of {Source} as failed")]
    public static partial void InterruptedRunsClosed(this ILogger logger, string source, int count);

    [LoggerMessage(15, LogLevel.Information,
        "Run {RunId} of {Source}: {Structures} structures and {Services} services normalised, {EnrichedFields} fields enriched, {Issues} validation results")]
    public static partial void RunNormalized(this ILogger logger, string source, Guid runId, int structures, int services, int enrichedFields, int issues);

    [LoggerMessage(185, LogLevel.Information, "Run {RunId} of {Source}: {Published} rows published")]
    public static partial void RunPublished(this ILogger logger, string source, Guid runId, int published);

    [LoggerMessage(180, LogLevel.Error, "Run {RunId} of {Source}: a record of {ResourceType} {RecordId} made the pipeline throw; it is reported invalid and the run goes on")]
    public static partial void RecordFailed(this ILogger logger, Exception exception, string source, Guid runId, string resourceType, string recordId);

    [LoggerMessage(181, LogLevel.Error, "Run {RunId} of {Source}: the mapper threw on document {Document}; the document is reported and the others are mapped")]
    public static partial void DocumentFailed(this ILogger logger, Exception exception, string source, Guid runId, string document);

    [LoggerMessage(182, LogLevel.Warning, "Run {RunId} of {Source} succeeded, but pruning older runs failed (retried at the next run)")]
    public static partial void PruneFailed(this ILogger logger, Exception exception, string source, Guid runId);

    [LoggerMessage(183, LogLevel.Information, "Run {RunId} of {Source}: {Structures} published structures of every source clustered into {Clusters} clusters, {CrossSource} across sources")]
    public static partial void StructuresClustered(this ILogger logger, string source, Guid runId, int structures, int clusters, int crossSource);

    [LoggerMessage(186, LogLevel.Information, "Run {RunId} of {Source}: clustering unchanged, the {Structures} published structures of every source are as last clustered into {Clusters} clusters, {CrossSource} across sources")]
    public static partial void StructuresClusteringUnchanged(this ILogger logger, string source, Guid runId, int structures, int clusters, int crossSource);

    [LoggerMessage(184, LogLevel.Error, "Run {RunId} of {Source} is published, but clustering the structures failed (recomputed at the next publication)")]
    public static partial void ClusteringFailed(this ILogger logger, Exception exception, string source, Guid runId);

    [LoggerMessage(190, LogLevel.Information, "Run {RunId} of {Source}: statistics of the marts it changed a lot refreshed: {Analyzed}")]
    public static partial void MartsAnalyzed(this ILogger logger, string source, Guid runId, string analyzed);

    [LoggerMessage(191, LogLevel.Warning, "Run {RunId} of {Source} is published, but analyzing the marts failed (autovacuum will)")]
    public static partial void MartsAnalysisFailed(this ILogger logger, Exception exception, string source, Guid runId);
}
