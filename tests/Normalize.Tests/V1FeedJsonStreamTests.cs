using System.Text;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

/// <summary>Issue 8: a v1 feed given as a JSON array is read element by element from its stream, in the memory of one record.</summary>
public sealed class V1FeedJsonStreamTests
{
    private readonly V1FeedMapper _mapper = new("demo");

    [Fact]
    public void Map_JsonArrayThroughATrickleStream_SameRecordsAndLocatedIssuesAsInMemory()
    {
        // BOM, CRLF, a record longer than the reader's first buffer, records without id, of a wrong type, not objects.
        var longText = new string('é', 100_000);
        var json = "\uFEFF[\r\n" + string.Join(",\r\n",
            Structure("s0", "Première"),
            """{"nom":"Sans id","date_maj":"2026-01-01"}""",
            Structure("s2", "Longue", $", \"description\": \"{longText}\""),
            """{"id":"s3","nom":"Mauvais type","date_maj":"2026-01-01","telephone":{"a":1}}""",
            "42",
            Structure("s5", "Dernière")) + "\r\n]\r\n";
        var bytes = Encoding.UTF8.GetBytes(json);

        var inMemory = _mapper.Map([new RawDocument("structures", "structures.json", bytes, "application/json")]);
        var streamed = _mapper.Map([TrickleStream.Document("structures", "structures.json", "application/json", bytes)]);

        Assert.Equal(["demo--s0", "demo--s2", "demo--s5"], streamed.Structures.Select(s => s.Id));
        Assert.Equal(longText, streamed.Structures[1].Description);
        Assert.Equal(
            [("structures.json[1]", "enregistrement.sans-id"), ("structures.json[3]", "enregistrement.illisible"), ("structures.json[4]", "enregistrement.illisible")],
            streamed.Issues.Select(i => (i.RecordId, i.Code)));
        Assert.Equal(inMemory.Structures.Select(SchemaJson.Serialize), streamed.Structures.Select(SchemaJson.Serialize));
        Assert.Equal(inMemory.Issues, streamed.Issues);
    }

    [Fact]
    public void MapBatches_JsonArray_FirstBatchComesOutBeforeTheReaderReachesTheEnd()
    {
        var bytes = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(0, 200).Select(i => Structure($"s{i}", $"Structure {i}"))) + "]");
        var opened = 0;
        // The first opening checks the document (token by token, holding nothing); the second reads the records and
        // throws past the middle of the document.
        var document = RawDocument.Streamed("structures", "structures.json", "application/json",
            () => ++opened == 1 ? new TrickleStream(bytes, chunk: 4096) : new TrickleStream(bytes, chunk: 4096, throwPast: bytes.Length / 2));

        using var batches = _mapper.MapBatches([document], batchSize: 10).GetEnumerator();

        Assert.True(batches.MoveNext());
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"demo--s{i}"), batches.Current.Structures.Select(s => s.Id));
        Assert.Throws<IOException>(() =>
        {
            while (batches.MoveNext())
            {
            }
        });
        Assert.Equal(2, opened);
    }

    [Theory]
    [InlineData("truncated", "enregistrement [2]")]
    [InlineData("huge-string", "enregistrement [1]")]
    [InlineData("scalar", "un tableau (ou un objet avec `items`/`results`)")]
    [InlineData("object-without-list", "un tableau (ou un objet avec `items`/`results`)")]
    [InlineData("garbage-after", "LineNumber")]
    [InlineData("empty", "LineNumber")]
    public void Map_HostileJsonDocument_OneLocatedDocumentIssue_NoRecord_NoException(string damage, string where)
    {
        var good = $"[{Structure("s0", "Zéro")},{Structure("s1", "Un")},{Structure("s2", "Deux")}]";
        var bytes = damage switch
        {
            "truncated" => Encoding.UTF8.GetBytes(good[..(good.Length - 20)]),
            "huge-string" => Encoding.UTF8.GetBytes($"[{Structure("s0", "Zéro")},{{\"id\":\"s1\",\"nom\":\"{new string('x', 40_000_000)}\"}}]"),
            "scalar" => "\"structures\""u8.ToArray(),
            "object-without-list" => Encoding.UTF8.GetBytes($"{{\"data\":{good}}}"),
            "garbage-after" => Encoding.UTF8.GetBytes(good + "\n{}"),
            _ => "  \n"u8.ToArray(),
        };

        var result = _mapper.Map([TrickleStream.Document("structures", "structures.json", "application/json", bytes, chunk: 64 * 1024)]);

        Assert.Empty(result.Structures);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("structures.json", "document.illisible"), (issue.RecordId, issue.Code));
        Assert.Contains(where, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_StringNotUtf8_LocatedOnItsRecord_TheOthersGoOn()
    {
        // The reader checks structure, not the bytes inside strings (nor did the whole-document parser): the record fails alone.
        byte[] json = [.. Encoding.UTF8.GetBytes($"[{Structure("s0", "Zéro")},{{\"id\":\"s1\",\"nom\":\"a"), 0xFF, .. Encoding.UTF8.GetBytes($"\"}},{Structure("s2", "Deux")}]")];

        var result = _mapper.Map([TrickleStream.Document("structures", "structures.json", "application/json", json)]);

        Assert.Equal(["demo--s0", "demo--s2"], result.Structures.Select(s => s.Id));
        Assert.Equal("structures.json[1]", Assert.Single(result.Issues).RecordId);
    }

    [Fact]
    public void Map_ElementNested100000Deep_LocatedOnItsRecord_TheOthersGoOn()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var json = $"[{Structure("s0", "Zéro")},{{\"id\":\"s1\",\"nom\":\"Profonde\",\"date_maj\":\"2026-01-01\",\"telephone\":{deep}}},{Structure("s2", "Deux")}]";

        var result = _mapper.Map([TrickleStream.Document("structures", "structures.json", "application/json", Encoding.UTF8.GetBytes(json), chunk: 8192)]);

        Assert.Equal(["demo--s0", "demo--s2"], result.Structures.Select(s => s.Id));
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("structures.json[1]", "telephone"), (issue.RecordId, issue.Field));
    }

    [Theory]
    [InlineData("""{"count":3,"results":[{R0}],"next":null,"items":[{R1},{R2}]}""", "s1,s2")]
    [InlineData("""{"items":{"a":[{R0}]},"results":[{R1}]}""", "s1")]
    [InlineData("""{"page":{"items":[{R0}]},"results":[{R1},{R2}],"fin":[1,{"x":[]}]}""", "s1,s2")]
    public void Map_ObjectWrappingTheList_ReadsTheFirstListedPropertyHoldingAnArray(string template, string ids)
    {
        var json = template.Replace("{R0}", Structure("s0", "Zéro"), StringComparison.Ordinal)
            .Replace("{R1}", Structure("s1", "Un"), StringComparison.Ordinal).Replace("{R2}", Structure("s2", "Deux"), StringComparison.Ordinal);

        var result = _mapper.Map([TrickleStream.Document("structures", "structures.json", "application/json", Encoding.UTF8.GetBytes(json))]);

        Assert.Empty(result.Issues);
        Assert.Equal(ids.Split(',').Select(id => $"demo--{id}"), result.Structures.Select(s => s.Id));
    }

    private static string Structure(string id, string nom, string more = "") =>
        $$"""{"id":"{{id}}","nom":"{{nom}}","date_maj":"2026-01-01"{{more}}}""";
}
