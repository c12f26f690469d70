using System.Globalization;
using DataInclusion.Host.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Export.Bench;

/// <summary>
/// Fills a throw-away database with generated marts at the chosen scale, then runs <c>datainclusion export</c> once per
/// format (and once for the whole set) and prints wall time, size and peak RSS of each as a Markdown table.
/// </summary>
internal static class ExportBench
{
    public static async Task<int> RunAsync(ExportBenchOptions options, CancellationToken cancellationToken)
    {
        if (!options.Prebuilt)
        {
            await ChildExport.BuildHostAsync(options.HostDirectory, cancellationToken);
        }

        if (Directory.Exists(options.Directory))
        {
            Directory.Delete(options.Directory, recursive: true);
        }

        Directory.CreateDirectory(options.Directory);
        File.SetUnixFileMode(options.Directory, (UnixFileMode)0b111_101_101);
        await using var server = await EmbeddedPostgres.StartAsync(Path.Combine(options.Directory, "postgres"), NullLogger.Instance, cancellationToken);
        try
        {
            return await MeasureAsync(options, server, cancellationToken);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (!options.Keep)
            {
                await server.DisposeAsync();
                Directory.Delete(options.Directory, recursive: true);
            }
        }
    }

    private static async Task<int> MeasureAsync(ExportBenchOptions options, EmbeddedPostgres server, CancellationToken cancellationToken)
    {
        await using (var connection = new NpgsqlConnection(server.ConnectionString()))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand("CREATE DATABASE bench", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var db = server.ConnectionString("bench");
        await using (var dataSource = NpgsqlDataSource.Create(db))
        {
            await new Migrator(dataSource, NullLogger<Migrator>.Instance).MigrateAsync(cancellationToken);
        }

        var fill = System.Diagnostics.Stopwatch.StartNew();
        await MartsFiller.FillAsync(db, options.Structures, options.Services, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Scale}: {options.Structures:N0} structures + {options.Services:N0} services generated in {fill.Elapsed.TotalSeconds:0.0} s"));
        Console.WriteLine();
        Console.WriteLine("| scale | format | files | size | wall time | peak RSS | outcome |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | --- |");
        var failed = false;
        foreach (var format in options.Formats)
        {
            var output = Path.Combine(options.Directory, "out-" + format);
            string[] arguments = format == "all" ? ["export", "--out", output] : ["export", "--out", output, "--format", format];
            var result = await ChildExport.RunHostAsync(options.HostDirectory, arguments,
                new Dictionary<string, string> { ["DATAINCLUSION_DB"] = db, ["CI"] = "1" }, cancellationToken);
            var files = Directory.Exists(output)
                ? Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("SHA256SUMS", StringComparison.Ordinal) && !f.EndsWith("manifest.json", StringComparison.Ordinal)).ToList()
                : [];
            var bytes = files.Sum(f => new FileInfo(f).Length);
            failed |= result.ExitCode != 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {options.Scale} | {format} | {files.Count} | {bytes / 1048576.0:0.0} MB | {result.Elapsed.TotalSeconds:0.0} s | {result.PeakRssBytes / 1048576} MB | {(result.ExitCode == 0 ? "ok" : "exit " + result.ExitCode + ": " + Last(result.StandardError))} |"));
            if (!options.Keep && Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }

        return failed ? 1 : 0;
    }

    private static string Last(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? string.Empty;
}
