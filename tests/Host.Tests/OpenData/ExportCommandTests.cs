using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary><c>./datainclusion export</c> run as an operator runs it: the set lands in <c>--out</c>, the formats asked for only.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ExportCommandTests(PostgresFixture postgres) : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    private readonly string _directory = Directory.CreateTempSubdirectory("opendata-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Export_WritesTheFormatsAskedFor_WithManifestAndChecksums()
    {
        var db = await postgres.CreateDatabaseAsync();
        await MartRows.InsertAsync(db);
        var output = Path.Combine(_directory, "set");

        await using var export = await CliProcess.RunAsync(new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db }, s_timeout,
            "export", "--out", output, "--format", "csv,parquet");

        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal(["SHA256SUMS", "manifest.json", "services.csv", "services.parquet", "structures.csv", "structures.parquet"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("structures.parquet", export.StandardOutput, StringComparison.Ordinal);
        var (structures, _) = DumpReaders.Csv(output, "dora");
        Assert.Equal(["dora--libre", "dora--perso"], structures.Keys.Order());
    }

    [Fact]
    public async Task Export_UnknownFormat_IsAUsageError()
    {
        await using var export = await CliProcess.RunAsync(new Dictionary<string, string?>(), s_timeout, "export", "--format", "csv,pdf");

        Assert.Equal(2, export.ExitCode);
        Assert.Contains("pdf", export.StandardError, StringComparison.Ordinal);
    }
}
