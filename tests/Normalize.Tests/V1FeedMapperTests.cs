using System.Text;
using DataInclusion.Normalize.Tests.Support;

namespace DataInclusion.Normalize.Tests;

public sealed class V1FeedMapperTests
{
    private readonly V1FeedMapper _mapper = new("demo");

    [Fact]
    public void Map_ForcesSourceAndPrefixesIds()
    {
        var result = _mapper.Map(
        [
            Json("structures", """[{"source":"autre","id":"s1","nom":"Structure","date_maj":"2026-01-01"},{"id":"demo--s2","nom":"Déjà préfixée","date_maj":"2026-01-01"}]"""),
            Json("services", """[{"id":"sv1","structure_id":"s1","nom":"Service","description":"Un service.","date_maj":"2026-01-01"}]"""),
        ]);

        Assert.Empty(result.Issues);
        Assert.Equal(["demo--s1", "demo--s2"], result.Structures.Select(s => s.Id));
        Assert.All(result.Structures, s => Assert.Equal("demo", s.Source));
        var service = Assert.Single(result.Services);
        Assert.Equal(("demo", "demo--sv1", "demo--s1"), (service.Source, service.Id, service.StructureId));
    }

    [Fact]
    public void Map_RecordWithoutId_IssueLocatedByDocumentAndIndex_OthersGoOn()
    {
        var result = _mapper.Map([Json("structures", """[{"nom":"Sans id","date_maj":"2026-01-01"},{"id":"s2","nom":"Bonne","date_maj":"2026-01-01"}]""")]);

        Assert.Equal("demo--s2", Assert.Single(result.Structures).Id);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("structures.json[0]", "id", "enregistrement.sans-id"), (issue.RecordId, issue.Field, issue.Code));
    }

    [Fact]
    public void Map_MissingRequiredFields_StillMapped_ValidatorReportsThem()
    {
        var result = _mapper.Map([Json("services", """[{"id":"sv1","nom":"Service sans structure"}]""")]);

        var service = Assert.Single(result.Services);
        var codes = new RecordValidator(FixedTimeProvider.Default).Validate(service).Select(i => (i.Field, i.Code));
        Assert.Equal([("structure_id", "required"), ("description", "required"), ("date_maj", "required")], codes);
    }

    [Fact]
    public void Map_WrongFieldType_RecordRejectedWithFieldName()
    {
        var result = _mapper.Map([Json("services", """[{"id":"sv1","structure_id":"s1","nom":"Service","description":"Un service.","date_maj":"2026-01-01","publics":"femmes"}]""")]);

        Assert.Empty(result.Services);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("services.json[0]", "enregistrement.illisible"), (issue.RecordId, issue.Code));
        Assert.Contains("publics", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_NumbersAsStringsAndUtf8Bom_Accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"items":[{"id":"s1","nom":"Structure","date_maj":"2026-01-01","latitude":"48.11"}]}""")).ToArray();
        var result = _mapper.Map([new RawDocument("structures", "structures.json", bytes, "application/json")]);

        Assert.Equal(48.11, Assert.Single(result.Structures).Latitude);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"id":"s1"}""")]
    public void Map_UnreadableDocument_Issue(string content)
    {
        var result = _mapper.Map([Json("structures", content)]);
        Assert.Equal("document.illisible", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Map_UnknownStream_Issue() =>
        Assert.Equal("document.flux-inconnu", Assert.Single(_mapper.Map([Json("lieux", "[]")]).Issues).Code);

    [Fact]
    public void Map_CsvFiles_MatchGoldenFile()
    {
        var result = _mapper.Map(
        [
            Golden.Input("V1Feed", "csv-structures", V1FeedMapper.StructuresStream, "text/csv"),
            Golden.Input("V1Feed", "csv-services", V1FeedMapper.ServicesStream, "text/csv"),
        ]);
        Golden.Verify("V1Feed", "csv", result, new RecordValidator(FixedTimeProvider.Default));
    }

    [Fact]
    public void Map_NdjsonFile_MatchesGoldenFile()
    {
        var result = _mapper.Map([Golden.Input("V1Feed", "ndjson-structures", V1FeedMapper.StructuresStream, "application/x-ndjson")]);
        Golden.Verify("V1Feed", "ndjson", result, new RecordValidator(FixedTimeProvider.Default));
    }

    [Fact]
    public void Map_Csv_Windows1252AndSemicolonAndDecimalComma()
    {
        var service = _mapper.Map([Golden.Input("V1Feed", "csv-services", V1FeedMapper.ServicesStream, "text/csv")]).Services[0];
        Assert.Equal("Épicerie sociale", service.Nom);
        Assert.Equal(["familles", "beneficiaires-des-minimas-sociaux"], service.Publics!);
        Assert.Equal((2.5, 26, 48.0856), (service.VolumeHoraireHebdomadaire, service.NombreSemaines, service.Latitude));
    }

    [Fact]
    public void Map_Csv_IgnoreColumnSkipsDescriptionRows_LinesAreFileLines()
    {
        var result = _mapper.Map([Golden.Input("V1Feed", "csv-structures", V1FeedMapper.StructuresStream, "text/csv")]);
        Assert.Equal(["demo--cs-1", "demo--cs-2"], result.Structures.Select(s => s.Id));
        Assert.Equal("csv-structures.input.csv:ligne 5", Assert.Single(result.Issues).RecordId);
    }

    [Fact]
    public void Map_NdjsonReadOverBytes_BomCrlfBlankAndBrokenLines_LocatedByLineNumber()
    {
        // Issue 8: NDJSON is read line by line over the payload's bytes; the line numbers, BOM and CRLF handling must
        // stay what they were when the document was decoded whole and split into strings.
        var text = "{\"id\":\"s1\",\"nom\":\"Première\",\"date_maj\":\"2026-01-01\"}\r\n\r\n{pas du json}\r\n  {\"id\":\"s4\",\"nom\":\"Quatrième\",\"date_maj\":\"2026-01-01\"}  \n";
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var result = _mapper.Map([new RawDocument("structures", "structures.ndjson", bytes, "application/x-ndjson")]);

        Assert.Equal(["Première", "Quatrième"], result.Structures.Select(s => s.Nom));
        var issue = Assert.Single(result.Issues);
        Assert.Equal("structures.ndjson:ligne 3", issue.RecordId);
    }

    [Fact]
    public void Map_NdjsonInWindows1252_IsDecodedAsSuch()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("{\"id\":\"s1\",\"nom\":\"Café solidaire\",\"date_maj\":\"2026-01-01\"}\n");

        var result = _mapper.Map([new RawDocument("structures", "structures.ndjson", bytes, "application/x-ndjson")]);

        Assert.Empty(result.Issues);
        Assert.Equal("Café solidaire", Assert.Single(result.Structures).Nom);
    }

    private static RawDocument Json(string stream, string content) =>
        new(stream, $"{stream}.json", Encoding.UTF8.GetBytes(content), "application/json");
}
