using System.Text;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize.Tests;

/// <summary>Issue 8: the v1 feed mapped in batches from streams gives what the whole-run mapping gives, in bounded pieces.</summary>
public sealed class V1FeedMapperBatchTests
{
    private readonly V1FeedMapper _mapper = new("demo");

    [Fact]
    public void MapBatches_StreamedDocuments_SameRecordsAndIssuesAsMap_StructuresFirst_NoBatchOverTheSize()
    {
        // Services first in the list, unreadable lines spread across batch boundaries, a BOM and a line without a final newline.
        var services = "\uFEFF" + string.Join("\n", Enumerable.Range(1, 9).Select(i => i % 3 == 0
            ? "{\"id\": \"sv" + i + "\", \"nom\": "
            : $$"""{"id": "sv{{i}}", "structure_id": "s{{i}}", "nom": "Service {{i}}", "description": "Un service.", "date_maj": "2026-01-01"}"""));
        var structures = string.Join("\r\n", Enumerable.Range(1, 8).Select(i => i % 4 == 0
            ? "[1, 2]"
            : $$"""{"id": "s{{i}}", "nom": "Structure {{i}}", "date_maj": "2026-01-01"}""")) + "\r\n";
        RawDocument[] documents = [Streamed("services", services), Streamed("structures", structures)];

        var whole = _mapper.Map(documents);
        // Each batch is taken as it comes (the pipeline validates and writes it before asking for the next one).
        var batches = _mapper.MapBatches(documents, batchSize: 2).Select(b => b with { Issues = [.. b.Issues] }).ToList();

        Assert.All(batches, b => Assert.True(b.Structures.Count + b.Services.Count <= 2));
        var firstServiceBatch = batches.FindIndex(b => b.Services.Count > 0);
        Assert.DoesNotContain(batches.Skip(firstServiceBatch), b => b.Structures.Count > 0);
        Assert.Equal(whole.Structures.Select(s => s.Id), batches.SelectMany(b => b.Structures).Select(s => s.Id));
        Assert.Equal(whole.Services.Select(s => s.Id), batches.SelectMany(b => b.Services).Select(s => s.Id));
        Assert.Equal(6, whole.Services.Count);
        Assert.Equal(6, whole.Structures.Count);
        var located = batches.SelectMany(b => b.Issues).Select(i => i.RecordId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(whole.Issues.Select(i => i.RecordId).Order(StringComparer.Ordinal), located);
        Assert.Equal(["services.ndjson:ligne 3", "services.ndjson:ligne 6", "services.ndjson:ligne 9", "structures.ndjson:ligne 4", "structures.ndjson:ligne 8"], located);
    }

    [Fact]
    public void MapBatches_UnknownStream_ReportedOnce()
    {
        var batches = _mapper.MapBatches([Streamed("autre", "{}\n")], batchSize: 10).ToList();

        Assert.Equal("document.flux-inconnu", Assert.Single(batches.SelectMany(b => b.Issues)).Code);
    }

    [Fact]
    public void Utf8Lines_LinesLongerThanTheBuffer_AreWhole()
    {
        var long1 = new string('a', 200_000);
        var long2 = new string('b', 70_000);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"\uFEFF{long1}\n\nx\n{long2}"));

        var lines = Utf8Lines.Read(stream).Select(l => (l.Number, Encoding.UTF8.GetString(l.Line.Span))).ToList();

        Assert.Equal([(1, long1), (2, string.Empty), (3, "x"), (4, long2)], lines);
    }

    /// <summary>A document read through a non-seekable stream, as the raw layer's parts are.</summary>
    private static RawDocument Streamed(string stream, string ndjson) =>
        RawDocument.Streamed(stream, stream + ".ndjson", "application/x-ndjson", () => new OneWayStream(Encoding.UTF8.GetBytes(ndjson)));

    /// <summary>Hands out a few bytes per read and cannot seek, like a network or database stream.</summary>
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 7)]);
    }
}
