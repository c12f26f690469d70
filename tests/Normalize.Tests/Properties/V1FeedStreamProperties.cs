using System.Text;
using System.Text.Json;
using DataInclusion.Normalize.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataInclusion.Normalize.Tests.Properties;

/// <summary>A hostile document: a feed's bytes damaged at one place (cut, a stray byte or token, wrapped deep, replaced).</summary>
public sealed record DocumentDamage(string Kind, double Where, string Text)
{
    public override string ToString() => $"{Kind} at {Where:P0}: {(Text.Length > 40 ? Text[..40] + "…" : Text)}";

    public static Arbitrary<DocumentDamage> Arbitrary() => Arb.From(
        from kind in Gen.Elements("cut", "insert", "wrap", "replace")
        from position in Gen.Choose(0, 1000).Select(n => n / 1000.0)
        from text in Gen.Elements("}", "]", "\"", "[", ",,", "\u00FF", "{\"a\":", "1e400", "null", "\"x\":1", " ", "[[[[[[[[[[[[[[[[[[[[[[[[[[")
        select new DocumentDamage(kind, position, text));

    public byte[] Apply(byte[] bytes)
    {
        var at = (int)(bytes.Length * Where);
        return Kind switch
        {
            "cut" => bytes[..at],
            "insert" => [.. bytes[..at], .. Text == "\u00FF" ? [0xFF] : Encoding.UTF8.GetBytes(Text), .. bytes[at..]],
            "wrap" => [.. Encoding.UTF8.GetBytes(new string('[', 5_000)), .. bytes, .. Encoding.UTF8.GetBytes(new string(']', 5_000))],
            _ => Encoding.UTF8.GetBytes(Text),
        };
    }
}

/// <summary>
/// Issue 8: the v1 feed read from a stream (a few bytes per read, as from the raw layer) stays total: hostile records
/// as in memory, and a damaged document gives what parsing it whole gave (no record and one located document issue
/// when it is not JSON), never an exception.
/// </summary>
[Properties(Arbitrary = [typeof(HostileArbitraries), typeof(HostileCsv), typeof(DocumentDamage)], MaxTest = 40)]
public sealed class V1FeedStreamProperties
{
    private static readonly V1FeedMapper s_mapper = new("demo");

    private static readonly string s_demo = Path.Combine("..", "..", "..", "samples", "demo");

    [Property]
    public void JsonStructuresStreamed(HostileBatch batch) => Totality.Check(
        s_mapper, Streamed(HostileFeed.Json(s_demo, "structures.json", V1FeedMapper.StructuresStream, new RecordShape(string.Empty, "id", "nom"), batch)));

    [Property]
    public void JsonServicesStreamed(HostileBatch batch) => Totality.Check(
        s_mapper, Streamed(HostileFeed.Json(s_demo, "services.json", V1FeedMapper.ServicesStream, new RecordShape(string.Empty, "id", "nom"), batch)));

    [Property]
    public void CsvStructuresStreamed(IReadOnlyList<HostileRow> rows) => Totality.Check(
        s_mapper, Streamed(HostileCsv.Build("V1Feed", "csv-structures.input.csv", V1FeedMapper.StructuresStream, "id", "nom", rows)));

    [Property]
    public void DamagedJsonArray(HostileBatch batch, DocumentDamage damage)
    {
        var payload = HostileFeed.Json(s_demo, "structures.json", V1FeedMapper.StructuresStream, new RecordShape(string.Empty, "id", "nom"), batch);
        var bytes = damage.Apply(payload.Mixed.Content.ToArray());

        var result = s_mapper.Map([TrickleStream.Document(payload.Mixed.Stream, payload.Mixed.Name, payload.Mixed.MediaType, bytes, chunk: 997)]);

        Assert.All(result.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.RecordId) || string.IsNullOrWhiteSpace(i.Message), $"unlocated issue: {i}"));
        if (!IsJsonArray(bytes))
        {
            Assert.Empty(result.Structures);
            var issue = Assert.Single(result.Issues);
            Assert.Equal((payload.Mixed.Name, "document.illisible"), (issue.RecordId, issue.Code));
        }
    }

    /// <summary>The whole-document reading the stream replaces: parsed at once, with the options the feed reader uses.</summary>
    private static bool IsJsonArray(byte[] bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = int.MaxValue });
            return json.RootElement.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static HostilePayload Streamed(HostilePayload payload) => payload with
    {
        Good = TrickleStream.Document(payload.Good.Stream, payload.Good.Name, payload.Good.MediaType, payload.Good.Content.ToArray(), chunk: 997),
        Mixed = TrickleStream.Document(payload.Mixed.Stream, payload.Mixed.Name, payload.Mixed.MediaType, payload.Mixed.Content.ToArray(), chunk: 997),
    };
}
