namespace DataInclusion.Normalize.Tests.Validation;

/// <summary>Issue 11: workbooks and zips are opened with bounded memory; bombs are refused with a French message.</summary>
public sealed class SafeArchiveTests
{
    private static readonly byte[] s_workbook = Workbooks.Write(
        [new() { ["id"] = "s1", ["nom"] = "Maison de l'emploi", ["date_maj"] = "2025-01-02" }],
        [new() { ["id"] = "sv1", ["structure_id"] = "s1" }]);

    [Fact]
    public void CheckWorkbook_PlainWorkbook_Passes() => SafeArchive.CheckWorkbook(s_workbook);

    [Fact]
    public void CheckWorkbook_EntryInflatingAThousandFold_RefusedAsZipBomb()
    {
        var bomb = Workbooks.WithZeros(s_workbook, "xl/media/image1.bin", 50);
        Assert.True(bomb.Length < 200_000, $"the bomb is {bomb.Length} bytes");

        var refusal = Assert.Throws<UnsafeArchiveException>(() => SafeArchive.CheckWorkbook(bomb));

        Assert.Contains("bombe de décompression", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("xl/media/image1.bin", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckWorkbook_EntryAboveTheUncompressedLimit_RefusedWithTheLimits()
    {
        var limits = new ArchiveLimits { MaxEntryBytes = 1024 * 1024, MaxRatio = double.MaxValue };
        var big = Workbooks.WithZeros(s_workbook, "xl/worksheets/sheet1.xml", 3);

        var refusal = Assert.Throws<UnsafeArchiveException>(() => SafeArchive.CheckWorkbook(big, limits));

        Assert.Contains("dépasse la taille décompressée permise", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("au plus 1 Mo par élément", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckWorkbook_BillionLaughs_RefusedBeforeAnyEntityIsExpanded()
    {
        var laughs = Workbooks.WithBillionLaughs(s_workbook);

        var refusal = Assert.Throws<UnsafeArchiveException>(() => SafeArchive.CheckWorkbook(laughs));

        Assert.Contains("DTD", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("billion laughs", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckWorkbook_NotAZip_RefusedInFrench()
    {
        var refusal = Assert.Throws<UnsafeArchiveException>(() => SafeArchive.CheckWorkbook("id,nom\n1,a"u8.ToArray()));
        Assert.Contains("n'est pas une archive zip valide", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFiles_TooManyEntries_Refused()
    {
        var zip = Workbooks.Zip([.. Enumerable.Range(0, 5).Select(i => ($"f{i}.csv", "a"u8.ToArray()))]);
        var refusal = Assert.Throws<UnsafeArchiveException>(() => SafeArchive.ReadFiles(zip, new ArchiveLimits { MaxEntries = 4 }));
        Assert.Contains("5 fichiers (au plus 4)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapper_BombWorkbook_IsAnUnreadableDocumentNamingTheReason()
    {
        var bomb = Workbooks.WithZeros(s_workbook, "xl/media/image1.bin", 50);

        var result = new V1FeedMapper("demo").Map([new RawDocument(V1FeedMapper.WorkbookStream, "offre.xlsx", bomb, Workbooks.Xlsx)]);

        var issue = Assert.Single(result.Issues);
        Assert.Equal("document.illisible", issue.Code);
        Assert.Contains("bombe de décompression", issue.Message, StringComparison.Ordinal);
    }
}
