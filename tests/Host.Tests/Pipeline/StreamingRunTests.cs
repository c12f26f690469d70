using System.Security.Cryptography;
using System.Text;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Normalize;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>
/// Issue 8, bounded memory: a feed file is stored in the raw layer in parts and mapped back from a stream, batch by
/// batch, and every batch passes the run's batch steps before it is validated and written.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StreamingRunTests(PostgresFixture postgres) : IDisposable
{
    private const int Structures = 40;
    private const int Services = 60;

    private readonly string _folder = Directory.CreateTempSubdirectory("streaming-run-").FullName;

    [Fact]
    public async Task FeedFiles_AreStoredInParts_PublishedWhole_AndRemapReadsThePartsBack()
    {
        var (structures, services) = WriteFeed();
        var harness = await RunnerHarness.CreateAsync(postgres, new PipelineOptions { RawPartBytes = 1024, BatchSize = 7 }, Demo(structures, services));

        var run = await harness.RunDemoAsync();

        Assert.Equal(SourceRunStatus.Succeeded, run.Status);
        Assert.Equal((Structures + Services, Structures + Services - 1), (run.Counts.Fetched, run.Counts.Published));
        Assert.Equal(["1", "1"], await Sql.ColumnAsync(harness.Db, "SELECT count(*) FILTER (WHERE content IS NULL) FROM raw.payloads GROUP BY stream"));
        var stored = await Sql.ColumnAsync(harness.Db, "SELECT sha256 || ' ' || size FROM raw.payloads ORDER BY stream DESC");
        Assert.Equal([Fingerprint(structures), Fingerprint(services)], stored);
        Assert.True(await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM raw.payload_parts") > 10);
        Assert.Equal(["demo--sv-orphelin structure_id.inconnue"], await Sql.ColumnAsync(harness.Db,
            "SELECT record_id || ' ' || code FROM marts.validation_errors WHERE severity = 'error'"));

        // Remap reads the parts of the copied payloads back through the database, one part at a time.
        File.Delete(structures);
        var remap = await harness.Runner.RemapAsync(SourceRegistry.Find("demo")!, CancellationToken.None);

        Assert.Equal(SourceRunStatus.Succeeded, remap.Status);
        Assert.Equal(run.Counts, remap.Counts);
        Assert.Equal(2L * await Sql.ScalarAsync<long>(harness.Db, $"SELECT count(*) FROM raw.payload_parts p JOIN raw.payloads r ON r.id = p.payload_id WHERE r.run_id = '{run.RunId}'"),
            await Sql.ScalarAsync<long>(harness.Db, "SELECT count(*) FROM raw.payload_parts"));
        // The remap is the source's last publication; its records are the same, so their rows are kept (run_id: the first run).
        Assert.Equal(remap.RunId, await Sql.ScalarAsync<Guid>(harness.Db, "SELECT run_id FROM ops.mart_publications WHERE source = 'demo'"));
        Assert.Equal(Structures, await Sql.ScalarAsync<long>(harness.Db, $"SELECT count(*) FROM marts.structures WHERE run_id = '{run.RunId}'"));
    }

    [Fact]
    public async Task EveryBatch_PassesTheBatchSteps_StructuresBeforeServices_AndWhatTheyChangeIsPublished()
    {
        var (structures, services) = WriteFeed();
        var step = new RecordingStep();
        var harness = await RunnerHarness.CreateAsync(postgres, new PipelineOptions { BatchSize = 16 }, Demo(structures, services), batchSteps: [step]);

        var run = await harness.RunDemoAsync();

        Assert.Equal(SourceRunStatus.Succeeded, run.Status);
        Assert.All(step.Batches, b => Assert.True(b.Structures + b.Services <= 16));
        Assert.Equal((Structures, Services), (step.Batches.Sum(b => b.Structures), step.Batches.Sum(b => b.Services)));
        var firstServices = step.Batches.FindIndex(b => b.Services > 0);
        Assert.True(firstServices > 0);
        Assert.DoesNotContain(step.Batches.Skip(firstServices), b => b.Structures > 0);
        // The step runs before the built-in enrichment, which then writes the number the v1 way.
        Assert.Equal(["+33102030405"], await Sql.ColumnAsync(harness.Db, "SELECT DISTINCT telephone FROM marts.structures"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Dictionary<string, string> Demo(string structures, string services) =>
        new() { ["DEMO_STRUCTURES_URL"] = structures, ["DEMO_SERVICES_URL"] = services };

    private static string Fingerprint(string path) =>
        $"{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))} {new FileInfo(path).Length}";

    /// <summary>NDJSON files several KB long; one service names a structure that does not exist.</summary>
    private (string Structures, string Services) WriteFeed()
    {
        var structures = Enumerable.Range(1, Structures).Select(i =>
            $$"""{"id": "s{{i}}", "nom": "Structure numéro {{i}}", "date_maj": "2025-03-01", "code_insee": "44109", "description": "{{new string('d', 100)}}"}""");
        var services = Enumerable.Range(1, Services).Select(i =>
            $$"""{"id": "{{(i == Services ? "sv-orphelin" : $"sv{i}")}}", "structure_id": "s{{(i == Services ? 999 : i % Structures + 1)}}", "nom": "Service {{i}}", "date_maj": "2025-03-01", "description": "Un service utile.", "publics": ["jeunes"], "modes_mobilisation": ["se-presenter"], "mobilisable_par": ["usagers"]}""");
        return (Write("structures.ndjson", structures), Write("services.ndjson", services));
    }

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>Records each batch's size and gives every structure a phone number, as an enrichment would.</summary>
    private sealed class RecordingStep : IRecordBatchStep
    {
        public List<(int Structures, int Services)> Batches { get; } = [];

        public ValueTask<MappingResult> ProcessAsync(string source, MappingResult batch, CancellationToken cancellationToken)
        {
            Batches.Add((batch.Structures.Count, batch.Services.Count));
            return ValueTask.FromResult(batch with { Structures = batch.Structures.Select(s => s with { Telephone = "0102030405" }).ToList() });
        }
    }
}
