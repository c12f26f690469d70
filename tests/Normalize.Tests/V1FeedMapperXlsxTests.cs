using DataInclusion.Normalize.Tests.Support;
using MiniExcelLibs;

namespace DataInclusion.Normalize.Tests;

/// <summary>The valideur's format: one XLSX workbook, sheets Structures and Services, a header row, __ignore__ rows.</summary>
public sealed class V1FeedMapperXlsxTests
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly V1FeedMapper _mapper = new("demo");

    [Fact]
    public void Map_Workbook_ReadsBothSheets()
    {
        var result = _mapper.Map([new RawDocument(V1FeedMapper.WorkbookStream, "offre.xlsx", Workbook(), XlsxType)]);

        Assert.Empty(result.Issues);
        var structure = Assert.Single(result.Structures);
        Assert.Equal(("demo--x-1", new DateOnly(2026, 10, 2), 48.1159, "35238"), (structure.Id, structure.DateMaj, structure.Latitude, structure.CodeInsee));
        var service = Assert.Single(result.Services);
        Assert.Equal(("demo--x-sv1", "demo--x-1"), (service.Id, service.StructureId));
        Assert.Equal(["jeunes", "femmes"], service.Publics!);
        Assert.Equal(4, service.NombreSemaines);
        Assert.Empty(new RecordValidator(FixedTimeProvider.Default).Validate(service));
    }

    [Fact]
    public void Map_StructuresStreamOnWorkbook_ReadsOnlyThatSheet()
    {
        var result = _mapper.Map([new RawDocument(V1FeedMapper.StructuresStream, "offre.xlsx", Workbook(), XlsxType)]);
        Assert.Single(result.Structures);
        Assert.Empty(result.Services);
    }

    [Fact]
    public void Map_ServicesStreamWithoutServicesSheet_Issue()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new Dictionary<string, object> { ["id"] = "x" } }, sheetName: "Feuil1");
        var result = _mapper.Map([new RawDocument(V1FeedMapper.ServicesStream, "offre.xlsx", stream.ToArray(), XlsxType)]);
        Assert.Equal("document.illisible", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Map_NotAWorkbook_Issue()
    {
        var result = _mapper.Map([new RawDocument(V1FeedMapper.WorkbookStream, "offre.xlsx", "pas un classeur"u8.ToArray(), XlsxType)]);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("document", "document.illisible", "offre.xlsx"), (issue.ResourceType, issue.Code, issue.RecordId));
    }

    // Issue 8, bug 4: an empty nom cell becomes a missing nom; enrichment used to throw on it and fail the whole run.
    [Fact]
    public void Map_EmptyNomCell_OneInvalidRecord_TheOthersValid()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[]
        {
            new Dictionary<string, object?> { ["id"] = "a", ["nom"] = "Maison de l'emploi", ["date_maj"] = "2026-10-02" },
            new Dictionary<string, object?> { ["id"] = "b", ["nom"] = null, ["date_maj"] = "2026-10-02" },
            new Dictionary<string, object?> { ["id"] = "c", ["nom"] = "Point conseil budget", ["date_maj"] = "2026-10-02" },
        }, sheetName: "Structures");
        var result = _mapper.Map([new RawDocument(V1FeedMapper.WorkbookStream, "offre.xlsx", stream.ToArray(), XlsxType)]);

        var enricher = new DataInclusion.Normalize.Enrichment.Enricher();
        var validator = new RecordValidator(FixedTimeProvider.Default);
        var errors = result.Structures.Select(s => validator.Validate(enricher.Enrich(s).Value).Where(i => i.Severity == IssueSeverity.Error).ToList()).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Empty(errors[0]);
        Assert.Equal(("demo--b", "nom", "required"), (errors[1].Single().RecordId, errors[1].Single().Field, errors[1].Single().Code));
        Assert.Empty(errors[2]);
    }

    private static byte[] Workbook()
    {
        var structures = new[]
        {
            new Dictionary<string, object?> { ["id"] = "Identifiant", ["nom"] = "Nom", ["date_maj"] = "Date", ["latitude"] = null, ["code_insee"] = "Code commune", ["__ignore__"] = "oui" },
            new Dictionary<string, object?> { ["id"] = "x-1", ["nom"] = "Maison de l'emploi", ["date_maj"] = new DateTime(2026, 10, 2), ["latitude"] = 48.1159, ["code_insee"] = "35238", ["__ignore__"] = null },
        };
        var services = new[]
        {
            new Dictionary<string, object?>
            {
                ["id"] = "x-sv1", ["structure_id"] = "x-1", ["nom"] = "Atelier emploi", ["description"] = "Un atelier collectif chaque semaine.",
                ["date_maj"] = "2026-10-02", ["publics"] = "jeunes, femmes", ["nombre_semaines"] = 4,
            },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Structures"] = structures, ["Services"] = services });
        return stream.ToArray();
    }
}
