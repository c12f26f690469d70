using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.OpenData;

/// <summary>Log events of the open-data export (ids 100–109, apart from the host's <see cref="Log"/>).</summary>
internal static partial class OpenDataLog
{
    [LoggerMessage(100, LogLevel.Information, "Open-data set written to {Directory}: {FileCount} files, {Rows} rows in {Seconds:0.0} s")]
    public static partial void OpenDataExported(this ILogger logger, string directory, int fileCount, long rows, double seconds);
}
