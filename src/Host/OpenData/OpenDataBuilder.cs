using System.Diagnostics;
using System.IO.Compression;
using DataInclusion.Host.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// Builds a set into the data directory through the exporter: in a staging directory, checked, gzip copies of the text
/// files beside them, then switched in atomically and the old archives pruned. One export at a time across instances
/// (an advisory lock); each is recorded in <c>ops.opendata_exports</c>. A failed export leaves the previous set served.
/// </summary>
internal sealed class OpenDataBuilder(
    IOpenDataExporter exporter, OpenDataDirectory directory, OpenDataOptions options, NpgsqlDataSource dataSource, TimeProvider time, ILogger logger)
{
    // A name no source can have (slugs are lower-case words): the export gets the same kind of lock as a source run.
    private const string LockName = "open-data export";

    /// <summary>The new set; null when another export holds the lock.</summary>
    public async Task<OpenDataCatalog?> BuildAsync(string trigger, CancellationToken cancellationToken)
    {
        await using var exportLock = await SourceLock.TryAcquireAsync(dataSource, LockName, cancellationToken);
        if (exportLock is null)
        {
            logger.ExportBusy();
            return null;
        }

        var exports = new OpenDataExportStore(dataSource, time);
        var exportId = await exports.StartAsync(trigger, cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        var staging = directory.CreateStaging();
        OpenDataCatalog catalog;
        try
        {
            var set = await exporter.ExportAsync(staging, null, cancellationToken);
            catalog = new OpenDataCatalog(OpenDataDirectory.NewSetId(set.GeneratedAt), set.GeneratedAt, await DescribeAsync(staging, set, cancellationToken));
            directory.Commit(staging, catalog);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            OpenDataDirectory.Discard(staging);
            var reason = ex is OperationCanceledException ? "cancelled" : ex.Message;
            await exports.FailAsync(exportId, reason, CancellationToken.None);
            logger.ExportFailed(ex is OperationCanceledException ? null : ex, trigger, reason);
            throw;
        }

        await exports.SucceedAsync(exportId, catalog, CancellationToken.None);
        logger.SetBuilt(catalog.SetId, trigger, catalog.Files.Count, catalog.Files.Sum(f => f.Length), stopwatch.Elapsed.TotalSeconds);
        if (directory.Prune(time.GetUtcNow(), options.Keep) is { Count: > 0 } pruned)
        {
            logger.SetsPruned(string.Join(", ", pruned));
        }

        return catalog;
    }

    /// <summary>Checks what the exporter says it wrote against the disk, and writes the gzip copies of the text files.</summary>
    private static async Task<IReadOnlyList<OpenDataCatalogFile>> DescribeAsync(string staging, OpenDataSet set, CancellationToken cancellationToken)
    {
        var files = new List<OpenDataCatalogFile>();
        foreach (var file in set.Files)
        {
            if (!OpenDataDirectory.IsSafeName(file.Name) || file.Name == OpenDataCatalog.FileName)
            {
                throw new InvalidOperationException($"The exporter wrote a file named '{file.Name}', which cannot be served safely.");
            }

            var path = Path.Combine(staging, file.Name);
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != file.Length)
            {
                throw new InvalidOperationException(
                    $"The exporter announced {file.Name} ({file.Length} bytes) but the directory holds {(info.Exists ? info.Length + " bytes" : "no such file")}.");
            }

            var entry = new OpenDataCatalogFile(file.Name, file.Format, file.Length, file.Sha256.ToLowerInvariant(), null);
            files.Add(OpenDataMedia.IsText(entry) ? entry with { GzipLength = await GzipAsync(path, cancellationToken) } : entry);
        }

        return files;
    }

    private static async Task<long> GzipAsync(string path, CancellationToken cancellationToken)
    {
        await using (var source = File.OpenRead(path))
        await using (var target = File.Create(path + ".gz"))
        await using (var gzip = new GZipStream(target, CompressionLevel.Optimal))
        {
            await source.CopyToAsync(gzip, cancellationToken);
        }

        return new FileInfo(path + ".gz").Length;
    }
}
