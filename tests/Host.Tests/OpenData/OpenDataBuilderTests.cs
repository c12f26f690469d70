using System.IO.Compression;
using DataInclusion.Host.OpenData;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.OpenData;

[Collection(PostgresCollection.Name)]
public sealed class OpenDataBuilderTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Build_SwitchesLatestToACompleteSet_WithGzipCopiesOfTextFilesOnly()
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres);

        var first = await fixture.Builder.BuildAsync("test", CancellationToken.None);
        fixture.Exporter.Version = "v2";
        fixture.Time.Now = fixture.Time.Now.AddMinutes(10);
        var second = await fixture.Builder.BuildAsync("test", CancellationToken.None);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(second.SetId, fixture.Directory.LatestSetId());
        var csv = second.Find("structures.csv")!;
        var path = fixture.Directory.PathOf(second, csv.Name);
        Assert.Equal(TestExporter.Hex(await File.ReadAllBytesAsync(path)), csv.Sha256);
        Assert.Contains("Structure v2", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        await using (var gzip = new GZipStream(File.OpenRead(path + ".gz"), CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            Assert.Equal(await File.ReadAllTextAsync(path), await reader.ReadToEndAsync());
        }

        Assert.Equal(new FileInfo(path + ".gz").Length, csv.GzipLength);
        Assert.Null(second.Find("structures.parquet")!.GzipLength);
        Assert.False(File.Exists(fixture.Directory.PathOf(second, "structures.parquet") + ".gz"));
        Assert.Equal(["succeeded", "succeeded"], await Sql.ColumnAsync(fixture.Db, "SELECT status FROM ops.opendata_exports ORDER BY id"));
    }

    [Fact]
    public async Task FailedExport_LeavesThePreviousSetServed_DiscardsItsFiles_AndIsRecorded()
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres);
        var first = await fixture.Builder.BuildAsync("test", CancellationToken.None);

        fixture.Exporter.Failure = new IOException("disk full");
        await Assert.ThrowsAsync<IOException>(() => fixture.Builder.BuildAsync("test", CancellationToken.None));

        Assert.Equal(first!.SetId, fixture.Directory.LatestSetId());
        Assert.Single(Directory.GetDirectories(Path.Combine(fixture.Directory.Root, "sets")));
        Assert.Equal(["succeeded", "failed: disk full"],
            await Sql.ColumnAsync(fixture.Db, "SELECT status || COALESCE(': ' || error, '') FROM ops.opendata_exports ORDER BY id"));
    }

    [Theory]
    [InlineData("../escape.csv")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../escape.csv")]
    [InlineData(".catalog.json")]
    public async Task Build_RefusesAFileNameThatCouldLeaveTheSet(string name)
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres);
        fixture.Exporter.RenameStructuresCsv = name;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Builder.BuildAsync("test", CancellationToken.None));

        Assert.Contains("cannot be served safely", error.Message, StringComparison.Ordinal);
        Assert.Null(fixture.Directory.LatestSetId());
    }

    [Fact]
    public async Task Prune_KeepsTheLatest_AndTheLastSetOfEachDayWithinKeepDays()
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres, new OpenDataOptions { Keep = 3 });
        var start = fixture.Time.Now;
        var built = new List<string>();
        foreach (var offset in new[] { TimeSpan.Zero, TimeSpan.FromHours(2), TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(5), TimeSpan.FromDays(5.1) })
        {
            fixture.Time.Now = start + offset;
            built.Add((await fixture.Builder.BuildAsync("test", CancellationToken.None))!.SetId);
        }

        // Now day 5 (Dec 12): kept days are Dec 9 onwards; Dec 7 and 8 are gone, so is the first set of Dec 12.
        Assert.Equal([built[5], built[3]], fixture.Directory.Archives());
        Assert.Equal(built[5], fixture.Directory.LatestSetId());
        Assert.Equal(["2025-12-12", "2025-12-10"], fixture.Directory.Archives().Select(OpenDataDirectory.DateOf));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(fixture.Directory.Root, "sets")).Length);
    }
}
