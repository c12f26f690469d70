using System.Text;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

/// <summary>Issue 8: a v1 feed given as CSV is read row by row from its stream, with its lines, quotes, BOM, encoding and delimiter.</summary>
public sealed class V1FeedCsvStreamTests
{
    private readonly V1FeedMapper _mapper = new("demo");

    [Theory]
    [InlineData("csv-structures", V1FeedMapper.StructuresStream)]
    [InlineData("csv-services", V1FeedMapper.ServicesStream)]
    public void Map_CsvFixtureThroughATrickleStream_SameRecordsAndIssuesAsInMemory(string fixture, string stream)
    {
        var inMemory = Golden.Input("V1Feed", fixture, stream, "text/csv");
        var streamed = TrickleStream.Document(stream, inMemory.Name, "text/csv", inMemory.Content.ToArray());

        var expected = _mapper.Map([inMemory]);
        var actual = _mapper.Map([streamed]);

        Assert.NotEmpty(actual.Structures.Count > 0 ? actual.Structures : (IEnumerable<object>)actual.Services);
        Assert.Equal(expected.Structures.Select(SchemaJson.Serialize), actual.Structures.Select(SchemaJson.Serialize));
        Assert.Equal(expected.Services.Select(SchemaJson.Serialize), actual.Services.Select(SchemaJson.Serialize));
        Assert.Equal(expected.Issues, actual.Issues);
    }

    [Fact]
    public void Map_LargeCsv_SemicolonsBomMultiLineFields_LinesKept_Windows1252SeenOnlyAtTheEnd()
    {
        // The only byte that is not UTF-8 comes after 100 KB: the encoding is decided on the whole file, not its start.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = new StringBuilder("id;nom;date_maj;description\r\n");
        for (var i = 0; i < 1000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"s{i};\"Structure {i}\";2026-01-01;\"Ligne un\r\nligne deux ; avec \"\"guillemets\"\"\"\r\n");
        }

        text.Append(";Sans identifiant;2026-01-01;x\r\nfin;Café;2026-01-01;x\r\n");
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.GetEncoding(1252).GetBytes(text.ToString())).ToArray();

        var result = _mapper.Map([TrickleStream.Document("structures", "structures.csv", "text/csv", bytes, chunk: 1000)]);

        Assert.Equal(1001, result.Structures.Count);
        Assert.Equal(("demo--s0", "Structure 0"), (result.Structures[0].Id, result.Structures[0].Nom));
        Assert.Equal("Ligne un\r\nligne deux ; avec \"guillemets\"", result.Structures[999].Description);
        Assert.Equal(("demo--fin", "Café"), (result.Structures[^1].Id, result.Structures[^1].Nom));
        // Header = line 1, each record spans two lines: the row without id starts on line 2 + 2 × 1000.
        Assert.Equal("structures.csv:ligne 2002", Assert.Single(result.Issues).RecordId);
    }

    [Fact]
    public void MapBatches_Csv_FirstBatchComesOutBeforeTheReaderReachesTheEnd()
    {
        var bytes = Encoding.UTF8.GetBytes("id,nom,date_maj\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"s{i},Structure {i},2026-01-01\n")));
        var opened = 0;
        // The first opening detects encoding and delimiter (holding nothing); the second reads the rows and throws past the middle.
        var document = RawDocument.Streamed("structures", "structures.csv", "text/csv",
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
}
