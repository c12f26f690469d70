using System.Globalization;
using DataInclusion.Host.OpenData;
using DataInclusion.Host.OpenData.DataGouv;
using Spectre.Console;

namespace DataInclusion.Host.Cli;

/// <summary>The open-data lines of <c>status</c>: the last export, and each file's last upload to data.gouv.fr.</summary>
internal static class OpenDataStatus
{
    public static async Task WriteAsync(HostRuntime runtime, CancellationToken cancellationToken)
    {
        var exports = await new OpenDataExportStore(runtime.Database.DataSource, runtime.Time).LatestAsync(1, cancellationToken);
        var resources = await new DataGouvResourceStore(runtime.Database.DataSource, runtime.Time).AllAsync(cancellationToken);
        var table = new Table().AddColumns("open data", "when (UTC)", "status", "resource", "last success (UTC)", "detail");
        if (exports.Count == 0)
        {
            table.AddRow("export", "never", string.Empty, string.Empty, string.Empty, string.Empty);
        }
        else
        {
            var export = exports[0];
            table.AddRow("export", Time(export.StartedAt), Markup.Escape(export.Status), string.Empty, string.Empty,
                Markup.Escape(export.Error ?? $"set {export.SetId}: {export.Files} files, {export.Bytes} bytes"));
        }

        foreach (var resource in resources)
        {
            table.AddRow(
                Markup.Escape("data.gouv.fr " + resource.FileName), Time(resource.LastAttemptAt), Markup.Escape(resource.LastStatus),
                Markup.Escape(resource.ResourceId ?? "none yet"), resource.LastSuccessAt is { } success ? Time(success) : "never",
                Markup.Escape(resource.LastError ?? $"set {resource.LastSuccessSet}"));
        }

        ConsoleOutput.Write(table, runtime.Interactive);
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
