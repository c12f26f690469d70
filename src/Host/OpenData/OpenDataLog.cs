using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.OpenData;

/// <summary>The log events of the open-data side (ids 600-649), source-generated.</summary>
internal static partial class OpenDataLog
{
    [LoggerMessage(600, LogLevel.Information, "Open-data set {SetId} built ({Trigger}): {Files} files, {Bytes} bytes in {Seconds:0.0} s")]
    public static partial void SetBuilt(this ILogger logger, string setId, string trigger, int files, long bytes, double seconds);

    [LoggerMessage(601, LogLevel.Error, "Open-data export failed ({Trigger}); the previous set stays served: {Reason}")]
    public static partial void ExportFailed(this ILogger logger, Exception? exception, string trigger, string reason);

    [LoggerMessage(602, LogLevel.Information, "Open-data export already running elsewhere; asked again for later")]
    public static partial void ExportBusy(this ILogger logger);

    [LoggerMessage(603, LogLevel.Information, "Open-data archives pruned: {SetIds}")]
    public static partial void SetsPruned(this ILogger logger, string setIds);

    [LoggerMessage(604, LogLevel.Information, "Open-data export due at {DueAt:o}: job {JobId} scheduled")]
    public static partial void ExportScheduled(this ILogger logger, DateTimeOffset dueAt, string jobId);


    [LoggerMessage(606, LogLevel.Warning, "Could not look for a pending open-data export; trying again at the next tick")]
    public static partial void WatchFailed(this ILogger logger, Exception exception);

    [LoggerMessage(610, LogLevel.Information, "data.gouv.fr: {File} uploaded to resource {ResourceId} of dataset {DatasetId} ({Bytes} bytes, {Parts} part(s))")]
    public static partial void FileUploaded(this ILogger logger, string file, string resourceId, string datasetId, long bytes, int parts);

    [LoggerMessage(611, LogLevel.Error, "data.gouv.fr: {File} not published, the previous file stays online: {Reason}")]
    public static partial void UploadFailed(this ILogger logger, Exception? exception, string file, string reason);

    [LoggerMessage(612, LogLevel.Information, "data.gouv.fr: resource {ResourceId} created for {File}")]
    public static partial void ResourceCreated(this ILogger logger, string file, string resourceId);

    [LoggerMessage(613, LogLevel.Information, "data.gouv.fr publication of set {SetId}: {Succeeded} file(s) published, {Failed} failed")]
    public static partial void PublicationDone(this ILogger logger, string setId, int succeeded, int failed);

    [LoggerMessage(614, LogLevel.Information, "data.gouv.fr publication scheduled: {Cron} ({TimeZone})")]
    public static partial void PublicationScheduled(this ILogger logger, string cron, string timeZone);

    [LoggerMessage(615, LogLevel.Warning, "data.gouv.fr retry {Attempt}/{MaxAttempts} of {Method} {Path} in {Delay}: {Cause}")]
    public static partial void Retrying(this ILogger logger, int attempt, int maxAttempts, HttpMethod? method, string? path, TimeSpan delay, string cause);

    [LoggerMessage(620, LogLevel.Information, "Open-data set written to {Directory}: {FileCount} files, {Rows} rows in {Seconds:0.0} s")]
    public static partial void OpenDataExported(this ILogger logger, string directory, int fileCount, long rows, double seconds);
}
