using DataInclusion.Host.OpenData;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>A fresh database, a temporary data directory, the test exporter and a builder over them.</summary>
internal sealed class OpenDataFixture : IAsyncDisposable
{
    private OpenDataFixture(string db, string root, ManualTime time, OpenDataOptions options)
    {
        Db = db;
        DataSource = NpgsqlDataSource.Create(db);
        Time = time;
        Options = options;
        Directory = new OpenDataDirectory(root);
        Exporter = new TestExporter(time);
        Builder = new OpenDataBuilder(Exporter, Directory, options, DataSource, time, NullLogger.Instance);
    }

    public string Db { get; }

    public NpgsqlDataSource DataSource { get; }

    public ManualTime Time { get; }

    public OpenDataOptions Options { get; }

    public OpenDataDirectory Directory { get; }

    public TestExporter Exporter { get; }

    public OpenDataBuilder Builder { get; }

    public static async Task<OpenDataFixture> CreateAsync(PostgresFixture postgres, OpenDataOptions? options = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "opendata-tests-" + Guid.NewGuid().ToString("N")[..8]);
        options ??= new OpenDataOptions();
        options.Directory = root;
        return new OpenDataFixture(await postgres.CreateDatabaseAsync(), root, new ManualTime(new DateTimeOffset(2025, 12, 7, 9, 30, 0, TimeSpan.Zero)), options);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        if (System.IO.Directory.Exists(Directory.Root))
        {
            System.IO.Directory.Delete(Directory.Root, recursive: true);
        }
    }
}
