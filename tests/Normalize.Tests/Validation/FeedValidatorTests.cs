using System.Text;
using DataInclusion.Normalize.Tests.Support;
using DataInclusion.Normalize.Validation;

namespace DataInclusion.Normalize.Tests.Validation;

/// <summary>Issue 11 §1: findings located to the cell, suggestions, grouping, the rules across records, every input shape.</summary>
public sealed class FeedValidatorTests
{
    private readonly FeedValidator _validator = new(FixedTimeProvider.Default);

    [Fact]
    public void Workbook_FindingsCarryTheirCellSheetLineAndSuggestion_IgnoredRowsSkipped()
    {
        var workbook = Workbooks.Write(
            [
                Structure("__ignore__", "x", "exemple : ne pas remplir"),
                Structure("s1", null, "Maison de l'emploi"),
            ],
            [Service("sv1", "s1", "jeune")]);

        var report = _validator.Validate([new ValidationInput("offre.xlsx", workbook, Workbooks.Xlsx)]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("offre.xlsx", "Services", 2, "Services!E2"), (finding.File, finding.Sheet, finding.Line, finding.Cell));
        Assert.Equal(("sv1", "publics[0]", "publics.inconnu", "jeune", "jeunes"), (finding.RecordId, finding.Field, finding.Code, finding.Value, finding.Suggestion));
        Assert.Contains("Vouliez-vous dire « jeunes » ?", finding.Message, StringComparison.Ordinal);
        var structures = report.Files.Single(f => f.Sheet == "Structures");
        Assert.Equal((1, 1, 0), (structures.Records, structures.Valid, structures.Invalid));
        var services = report.Files.Single(f => f.Sheet == "Services");
        Assert.Equal((1, 0, 1, 1, 0), (services.Records, services.Valid, services.Invalid, services.Errors, services.Warnings));
    }

    [Fact]
    public void IdenticalFindings_GroupedWithTheirLineRanges()
    {
        var workbook = Workbooks.Write(
            [Structure("s1", null, "Maison de l'emploi")],
            [.. Enumerable.Range(1, 5).Select(i => Service($"sv{i}", "s1", "jeune")), Service("sv6", "s1", "jeunes"), Service("sv7", "s1", "jeune")]);

        var report = _validator.Validate([new ValidationInput("offre.xlsx", workbook, Workbooks.Xlsx)]);

        var group = Assert.Single(report.Groups);
        Assert.Equal(6, group.Count);
        Assert.Equal([new LineRange(2, 6), new LineRange(8, 8)], group.Lines);
        Assert.Equal("lignes 2 à 6 et 8", group.Where);
    }

    [Fact]
    public void ZipOfCsv_ChecksAcrossFiles_DuplicateUnknownStructureCommuneAndPostcode()
    {
        var structures = Encoding.Latin1.GetBytes("id;nom;date_maj;code_insee;code_postal\r\ns1;Mairie de Cesson-Sévigné;2025-01-02;35051;35510\r\ns2;Centre social;2025-01-02;99999;\r\ns1;Copie;2025-01-02;35238;44000\r\n");
        var services = Encoding.UTF8.GetBytes("id,structure_id,nom,description,date_maj\nsv1,s1,Accompagnement,Un accompagnement global,2025-01-02\nsv2,s9,Accompagnement,Un accompagnement global,2025-01-02\n");
        var zip = Workbooks.Zip(("structures.csv", structures), ("services.csv", services));

        var report = _validator.Validate([new ValidationInput("offre.zip", zip, "application/zip")]);

        Assert.Equal(
            [
                ("offre.zip/services.csv", "B3", "structure_id.inconnue", IssueSeverity.Error),
                ("offre.zip/structures.csv", "A4", "id.doublon", IssueSeverity.Error),
                ("offre.zip/structures.csv", "D3", "code_insee.inconnu", IssueSeverity.Error),
                ("offre.zip/structures.csv", "E4", "code_postal.commune", IssueSeverity.Warning),
            ],
            report.Findings.Select(f => (f.File, f.Cell, f.Code, f.Severity)).Order().ToList());
        // Semicolons and Windows-1252 in one file, commas and UTF-8 in the other: both read whole.
        Assert.Equal([("offre.zip/structures.csv", 3, 2), ("offre.zip/services.csv", 2, 1)], report.Files.Select(f => (f.File, f.Records, f.Invalid)));
        Assert.Contains("première occurrence : ligne 2", report.Findings.Single(f => f.Code == "id.doublon").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postcode_MustBeOneOfTheCommunes_ACedexOnlyOfItsDepartement()
    {
        // Rennes (35238) is 35000/35200/35700; 35510 is Cesson-Sévigné's, the same département; 35042 is a Rennes CEDEX
        // (no commune's code), checked against the département only; 44000 is Nantes'.
        var structures = Encoding.UTF8.GetBytes(
            "id,nom,date_maj,code_insee,code_postal\na,Rennes,2025-01-02,35238,35200\nb,Voisine,2025-01-02,35238,35510\n" +
            "c,Cedex,2025-01-02,35238,35042\nd,Ailleurs,2025-01-02,35238,44000\ne,Paris 12e,2025-01-02,75112,75012\n");

        var report = _validator.Validate([new ValidationInput("structures.csv", structures, "text/csv")]);

        var postcodes = report.Findings.Where(f => f.Code == "code_postal.commune").ToList();
        Assert.Equal(["b", "d"], postcodes.Select(f => f.RecordId).Order(StringComparer.Ordinal));
        Assert.Contains("35000, 35200, 35700", postcodes[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceOfAnInvalidStructure_Warned()
    {
        var report = _validator.Validate(
        [
            new ValidationInput("structures.json", """[{"id": "s1", "nom": "X", "date_maj": "2025-01-02"}]"""u8.ToArray(), "application/json"),
            new ValidationInput("services.json", """[{"id": "sv1", "structure_id": "s1", "nom": "Accueil", "description": "Un accueil", "date_maj": "2025-01-02"}]"""u8.ToArray(), "application/json"),
        ]);

        Assert.Equal(["nom.longueur", "structure_id.invalide"], report.Findings.Select(f => f.Code));
        Assert.Equal((null, 0), (report.Findings[1].Line, report.Findings[1].Index));
        Assert.Equal("enregistrement 1", report.Groups[1].Where);
    }

    [Fact]
    public void Ndjson_UnreadableLineLocated_OthersChecked()
    {
        var ndjson = "{\"id\": \"s1\", \"nom\": \"Maison de l'emploi\", \"date_maj\": \"2025-01-02\"}\n{not json\n"u8.ToArray();

        var report = _validator.Validate([new ValidationInput("structures.ndjson", ndjson, "application/x-ndjson")]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(("enregistrement.illisible", 2), (finding.Code, finding.Line));
        Assert.Equal((2, 1, 1), (report.Files[0].Records, report.Files[0].Valid, report.Files[0].Invalid));
        Assert.True(!report.IsValid && !report.HasUnreadableInput);
    }

    [Fact]
    public void UnreadableWorkbook_IsAnUnreadableInput()
    {
        var report = _validator.Validate([new ValidationInput("offre.xlsx", "PK\u0003\u0004 broken"u8.ToArray(), Workbooks.Xlsx)]);

        Assert.True(report.HasUnreadableInput);
        Assert.Equal(ValidationReport.UnreadableCode, Assert.Single(report.Findings).Code);
    }

    [Fact]
    public void WorkbookWithoutEitherSheet_Error()
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new[] { new Dictionary<string, object> { ["id"] = "x" } }, sheetName: "Feuil1");

        var report = _validator.Validate([new ValidationInput("offre.xlsx", stream.ToArray(), Workbooks.Xlsx)]);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("document.feuille-absente", finding.Code);
        Assert.Contains("« Feuil1 »", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 3 }, "ligne 3")]
    [InlineData(new[] { 3, 4, 5, 6, 7 }, "lignes 3 à 7")]
    [InlineData(new[] { 3, 5 }, "lignes 3 et 5")]
    [InlineData(new[] { 1, 2, 4, 6, 7, 8 }, "lignes 1 à 2, 4 et 6 à 8")]
    public void Describe_WritesRangesInFrench(int[] lines, string expected) =>
        Assert.Equal(expected, FindingGrouper.Describe(FindingGrouper.Ranges(lines)));

    private static Dictionary<string, object?> Structure(string id, string? ignore, string nom) => new()
    {
        ["__ignore__"] = ignore,
        ["id"] = id,
        ["nom"] = nom,
        ["date_maj"] = "2025-01-02",
        ["code_insee"] = "35238",
    };

    private static Dictionary<string, object?> Service(string id, string structureId, string publics) => new()
    {
        ["id"] = id,
        ["structure_id"] = structureId,
        ["nom"] = "Accompagnement vers l'emploi",
        ["description"] = "Un accompagnement global vers l'emploi.",
        ["publics"] = publics,
        ["date_maj"] = "2025-01-02",
    };
}
