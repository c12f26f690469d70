using System.Security.Cryptography;
using DataInclusion.Host.Pipeline;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// Builds the open-data set from the published marts (issue 10 §1–2): per entity one file per format, the HSDS tables,
/// <c>datapackage.json</c>, <c>manifest.json</c> and <c>SHA256SUMS</c>. Everything is read from one snapshot and written
/// to a staging folder first, then moved into place, so a reader of the directory never sees a half-written file.
/// </summary>
/// <param name="sources">Read at each export (built-in sources and producer accounts: <see cref="SourceCatalog.AllAsync"/>).</param>
internal sealed partial class OpenDataExporter(
    NpgsqlDataSource dataSource, Func<CancellationToken, Task<IReadOnlyList<SourceDefinition>>> sources, TimeProvider time,
    ILogger<OpenDataExporter> logger, OpenDataLimits? limits = null) : IOpenDataExporter
{
    public const string ChecksumsFileName = "SHA256SUMS";

    /// <summary>Where <c>export</c> writes without <c>--out</c>.</summary>
    public const string DefaultDirectory = ".data/opendata";

    private readonly OpenDataLimits _limits = limits ?? new OpenDataLimits();

    /// <summary>Every format name <c>--format</c> accepts, in the order files are written.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv", "json", "ndjson", "geojson", "parquet", "xlsx", "datapackage", HsdsWriter.Format];

    public async Task<OpenDataSet> ExportAsync(string directory, IReadOnlyCollection<string>? formats, CancellationToken cancellationToken)
    {
        var selected = Select(formats);
        Directory.CreateDirectory(directory);
        var staging = Directory.CreateDirectory(Path.Combine(directory, ".export-" + Guid.NewGuid().ToString("N")[..12])).FullName;
        try
        {
            var generatedAt = time.GetUtcNow();
            var openSources = (await sources(cancellationToken)).Where(s => s.InDumps).Select(s => s.Slug).ToArray();
            await using var snapshot = await MartsSnapshot.OpenAsync(dataSource, openSources, cancellationToken);
            var dataFiles = await WriteDataFilesAsync(snapshot, staging, selected, cancellationToken);
            var setFiles = dataFiles.Select(f => f.File).ToList();
            if (selected.Contains("datapackage"))
            {
                var csv = DumpEntity.All.Select(e => (e, dataFiles.Single(f => f.File.Name == e.Name + ".csv").File)).ToList();
                setFiles.Add(await WriteFileAsync(staging, DataPackageWriter.FileName, "datapackage",
                    stream => DataPackageWriter.WriteAsync(stream, csv, generatedAt, cancellationToken), cancellationToken));
            }

            var rowsBySource = new Dictionary<string, IReadOnlyDictionary<string, long>>(StringComparer.Ordinal);
            foreach (var entity in DumpEntity.All)
            {
                rowsBySource[entity.Name] = await snapshot.CountBySourceAsync(entity, cancellationToken);
            }

            var runs = await snapshot.RunsAsync(cancellationToken);
            setFiles.Add(await WriteFileAsync(staging, ManifestWriter.FileName, "manifest",
                stream => ManifestWriter.WriteAsync(stream, generatedAt, dataFiles, rowsBySource, runs, cancellationToken), cancellationToken));
            setFiles.Add(await WriteFileAsync(staging, ChecksumsFileName, "sha256sums",
                stream => WriteChecksumsAsync(stream, setFiles, cancellationToken), cancellationToken));
            MoveIntoPlace(staging, directory, setFiles);
            logger.OpenDataExported(directory, setFiles.Count, dataFiles.Where(f => f.File.Format == "csv").Sum(f => f.Rows),
                (time.GetUtcNow() - generatedAt).TotalSeconds);
            return new OpenDataSet(generatedAt, setFiles);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>The formats asked for (all when null), checked: an unknown name is the caller's error.</summary>
    public static HashSet<string> Select(IReadOnlyCollection<string>? formats)
    {
        var selected = new HashSet<string>(formats?.Select(f => f.Trim().ToLowerInvariant()) ?? Formats, StringComparer.Ordinal);
        var unknown = selected.Except(Formats).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown open-data format(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", Formats)}.", nameof(formats));
        }

        if (selected.Contains("datapackage") && !selected.Contains("csv"))
        {
            throw new ArgumentException("datapackage describes the csv files: ask for csv too.", nameof(formats));
        }

        return selected;
    }

    private IDumpWriter[] Writers(HashSet<string> selected) =>
        new IDumpWriter[]
        {
            new CsvDumpWriter(), new JsonDumpWriter(lines: false), new JsonDumpWriter(lines: true), new GeoJsonDumpWriter(),
            new ParquetDumpWriter(_limits.ParquetRowGroupSize), new XlsxDumpWriter(_limits.XlsxRowsPerSheet),
        }.Where(w => selected.Contains(w.Format)).ToArray();

    private async Task<List<ManifestFile>> WriteDataFilesAsync(MartsSnapshot snapshot, string staging, HashSet<string> selected, CancellationToken cancellationToken)
    {
        var files = new List<ManifestFile>();
        foreach (var entity in DumpEntity.All)
        {
            var count = await snapshot.CountAsync(entity, cancellationToken);
            foreach (var writer in Writers(selected))
            {
                long rows = 0;
                var file = await WriteFileAsync(staging, writer.FileName(entity), writer.Format, async stream =>
                    rows = await writer.WriteAsync(entity, count, snapshot.ReadAsync(entity, cancellationToken), stream, cancellationToken), cancellationToken);
                files.Add(new ManifestFile(file, entity.Name, rows));
            }
        }

        if (selected.Contains(HsdsWriter.Format))
        {
            files.AddRange(await WriteHsdsAsync(snapshot, staging, cancellationToken));
        }

        return files;
    }
}
