using DataInclusion.Host.OpenData;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>
/// Issue 10 §1 "no formulas" and §2 xlsx: read with ExcelDataReader (not the writer's library), cells keep their types
/// (phones as text equal to the value, negative longitudes as numbers, dates as dates), free text never starts like a
/// formula, and a sheet past its row limit goes on in numbered sheets.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SpreadsheetExportTests(PostgresFixture postgres) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("opendata-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Xlsx_CellsKeepTheirTypes_AndEqualTheMarts_FormulasNeutralised()
    {
        var db = await postgres.CreateDatabaseAsync();
        await MartRows.InsertAsync(db);
        await OpenDataExportTests.Exporter(db).ExportAsync(_directory, ["xlsx"], CancellationToken.None);

        foreach (var entity in DumpEntity.All)
        {
            var sheets = DumpReaders.Xlsx(Path.Combine(_directory, entity.Name + ".xlsx"));
            Assert.Equal([entity.SheetName], sheets.Keys);
            var rows = sheets[entity.SheetName];
            var expected = await MartRows.ExpectedAsync(db, entity.Name, entity.Columns.Select(c => c.Name));
            foreach (var record in expected.Values)
            {
                foreach (var column in entity.Columns.Where(c => c.Kind is DumpKind.Text or DumpKind.Phone or DumpKind.List))
                {
                    record[column.Name] = DumpText.Neutralised(column.Name, record[column.Name]);
                }
            }

            Assert.Equal(expected, rows.ToDictionary(r => (string)r["id"]!, r => r.ToDictionary(c => c.Key, c => DumpText.Of(c.Value))));
            Assert.All(rows.SelectMany(r => r.Values).OfType<string>(), text => Assert.DoesNotMatch("^[=+\\-@\t\r]", text.Replace("+33", string.Empty, StringComparison.Ordinal)));
        }

        var libre = DumpReaders.Xlsx(Path.Combine(_directory, "structures.xlsx"))["Structures"].Single(r => (string)r["id"]! == "dora--libre");
        Assert.Equal("+33298000000", libre["telephone"]);
        Assert.Equal(-4.4861, Assert.IsType<double>(libre["longitude"]));
        Assert.Equal(new DateTime(2026, 11, 30), Assert.IsType<DateTime>(libre["date_maj"]));
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"clic\")", libre["description"]);
        Assert.Equal("'-bis", libre["complement_adresse"]);
        Assert.Equal("'@lundi 9h", libre["horaires_accueil"]);
        Assert.Equal("aci,action-logement", libre["reseaux_porteurs"]);
        var aide = DumpReaders.Xlsx(Path.Combine(_directory, "services.xlsx"))["Services"].Single(r => (string)r["id"]! == "dora--aide");
        Assert.Equal(12d, Assert.IsType<double>(aide["nombre_semaines"]));
        Assert.Equal("'-Accompagnement", aide["description"]);
    }

    [Fact]
    public async Task Xlsx_PastTheSheetLimit_GoesOnInNumberedSheets_AndParquetInRowGroups()
    {
        var db = await postgres.CreateDatabaseAsync();
        await Sql.ScalarAsync<int>(db, """
            INSERT INTO marts.structures (source, id, nom, date_maj, run_id)
            SELECT 'dora', 'dora--' || lpad(i::text, 2, '0'), 'S ' || i, '2026-01-01', gen_random_uuid() FROM generate_series(1, 7) i;
            SELECT 1
            """);
        await OpenDataExportTests.Exporter(db, new OpenDataLimits(ParquetRowGroupSize: 2, XlsxRowsPerSheet: 3))
            .ExportAsync(_directory, ["xlsx", "parquet"], CancellationToken.None);

        var sheets = DumpReaders.Xlsx(Path.Combine(_directory, "structures.xlsx"));
        Assert.Equal(["Structures", "Structures 2", "Structures 3"], sheets.Keys);
        Assert.Equal(["dora--01", "dora--02", "dora--03", "dora--04", "dora--05", "dora--06", "dora--07"],
            sheets.Values.SelectMany(rows => rows.Select(r => (string)r["id"]!)));
        Assert.Equal([3, 3, 1], sheets.Values.Select(rows => rows.Count));
        // No service: the sheet still has its header.
        Assert.Equal(["Services"], DumpReaders.Xlsx(Path.Combine(_directory, "services.xlsx")).Keys);

        var (records, _) = DumpReaders.Parquet(Path.Combine(_directory, "structures.parquet"));
        Assert.Equal(7, records.Count);
        Assert.Equal(4, DumpReaders.ParquetRowGroups(Path.Combine(_directory, "structures.parquet")));
    }

    [Theory]
    [InlineData("=1+1", false, "'=1+1")]
    [InlineData("+ de détails", false, "'+ de détails")]
    [InlineData("-bis", false, "'-bis")]
    [InlineData("@lundi", false, "'@lundi")]
    [InlineData("\tTab", false, "'\tTab")]
    [InlineData("\rCR", false, "'\rCR")]
    [InlineData("=HYPERLINK(\"x\")", true, "'=HYPERLINK(\"x\")")]
    [InlineData("+33612345678", true, "+33612345678")]
    [InlineData("+33 6 12 34 56 78", true, "+33 6 12 34 56 78")]
    [InlineData("+33612345678", false, "'+33612345678")]
    [InlineData("Maison =des= solidarités", false, "Maison =des= solidarités")]
    [InlineData("06 12 34 56 78", true, "06 12 34 56 78")]
    [InlineData("", false, "")]
    public void SpreadsheetText_NeutralisesFormulaStarts_KeepsPhones(string text, bool phone, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Cell(text, phone ? DumpKind.Phone : DumpKind.Text));
}
