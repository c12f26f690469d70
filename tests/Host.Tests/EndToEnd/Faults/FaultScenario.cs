using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd.Faults;

/// <summary>
/// One fault test's world: a database, the <c>demo</c> source reading feed files from a private folder, a first good
/// publication, and the checks every fault ends with — previous publication intact, the faulty run recorded failed,
/// the next run succeeding, no advisory lock and no table left behind.
/// </summary>
internal sealed class FaultScenario : IAsyncDisposable
{
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private const string TablesSql = """
        SELECT coalesce(string_agg(schemaname || '.' || tablename, ',' ORDER BY schemaname, tablename), '') FROM pg_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
        """;

    private readonly string _folder;
    private string _tables = string.Empty;

    private FaultScenario(string db, string folder)
    {
        Db = db;
        _folder = folder;
        Environment = new Dictionary<string, string?>
        {
            ["DATAINCLUSION_DB"] = db,
            ["DEMO_STRUCTURES_URL"] = StructuresPath,
            ["DEMO_SERVICES_URL"] = ServicesPath,
            ["Sources__Http__BaseDelay"] = "00:00:00.050",
            // Thousands of copies of the same dozen places make one huge cluster, which the clusterer's chain guard
            // handles in quadratic time (minutes): these faults are about the run's own steps, not clustering.
            ["Pipeline__ClusterAfterPublication"] = "false",
        };
    }

    public string Db { get; }

    public Dictionary<string, string?> Environment { get; }

    public string StructuresPath => Path.Combine(_folder, "structures.json");

    public string ServicesPath => Path.Combine(_folder, "services.json");

    /// <summary>Marts rows of the first publication (structures, services).</summary>
    public (long Structures, long Services) Published { get; private set; }

    public static async Task<FaultScenario> CreateAsync(string db, int copies = 5)
    {
        var folder = Path.Combine(Path.GetTempPath(), "datainclusion-faults-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var scenario = new FaultScenario(db, folder);
        await scenario.WriteFeedAsync(FaultFeed.Json(FaultFeed.Structures(copies)), FaultFeed.Json(FaultFeed.Services(copies)));
        return scenario;
    }

    public async Task WriteFeedAsync(byte[] structures, byte[] services)
    {
        await File.WriteAllBytesAsync(StructuresPath, structures);
        await File.WriteAllBytesAsync(ServicesPath, services);
    }

    /// <summary>Runs the source once successfully and remembers what it published and which tables exist; its log on stderr.</summary>
    public async Task<string> PublishFirstAsync()
    {
        await using var run = await RunAsync();
        Assert.True(run.ExitCode == 0, run.ToString());
        Published = await MartsAsync();
        var issues = await Sql.ColumnAsync(Db, "SELECT DISTINCT resource_type || ' ' || field || ' ' || code FROM normalized.validation_issues WHERE severity = 'error'");
        Assert.True(Published.Structures > 0 && Published.Services > 0, $"nothing published: {Published}; errors: {string.Join("; ", issues)}");
        _tables = await Sql.ScalarAsync<string>(Db, TablesSql);
        return run.StandardError;
    }

    public Task<CliProcess> RunAsync(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var environment = new Dictionary<string, string?>(Environment);
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        return CliProcess.RunAsync(environment, RunTimeout, "run", "demo");
    }

    public async Task<(long Structures, long Services)> MartsAsync() => (
        await Sql.ScalarAsync<long>(Db, "SELECT count(*) FROM marts.structures WHERE source = 'demo'"),
        await Sql.ScalarAsync<long>(Db, "SELECT count(*) FROM marts.services WHERE source = 'demo'"));

    /// <summary>The marts still hold exactly the first publication.</summary>
    public async Task AssertPublicationIntactAsync() => Assert.Equal(Published, await MartsAsync());

    /// <summary>The latest run's status and error.</summary>
    public async Task<(string Status, string Error)> LastRunAsync()
    {
        var row = await Sql.ColumnAsync(Db, "SELECT status || '|' || coalesce(error, '') FROM ops.runs ORDER BY started_at DESC LIMIT 1");
        var parts = row.Single().Split('|', 2);
        return (parts[0], parts[1]);
    }

    /// <summary>
    /// The fault's run is (or, after a crash, becomes) failed with an error containing <paramref name="expectedError"/>;
    /// then a run with the original feed succeeds, and no advisory lock, temporary table or extra table is left.
    /// </summary>
    public async Task AssertRecoveredAsync(Guid faultyRun, string expectedError, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        await using var next = await RunAsync(overrides);
        Assert.True(next.ExitCode == 0, next.ToString());
        var faulty = await Sql.ColumnAsync(Db, $"SELECT status || '|' || coalesce(error, '') FROM ops.runs WHERE id = '{faultyRun}'");
        Assert.StartsWith("failed|", faulty.Single(), StringComparison.Ordinal);
        Assert.Contains(expectedError, faulty.Single(), StringComparison.Ordinal);
        Assert.Equal("succeeded", (await LastRunAsync()).Status);
        Assert.Equal(Published, await MartsAsync());
        Assert.Equal(0L, await Sql.ScalarAsync<long>(Db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(Db, "SELECT count(*) FROM pg_class WHERE relpersistence = 't'"));
        Assert.Equal(_tables, await Sql.ScalarAsync<string>(Db, TablesSql));
    }

    /// <summary>The id of the latest run (the faulty one, before recovery).</summary>
    public async Task<Guid> LastRunIdAsync() =>
        await Sql.ScalarAsync<Guid>(Db, "SELECT id FROM ops.runs ORDER BY started_at DESC LIMIT 1");

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
