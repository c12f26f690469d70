using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.OpenData;

[Collection(PostgresCollection.Name)]
public sealed class OpenDataServingTests(PostgresFixture postgres)
{
    [Fact]
    public async Task IndexPage_InFrench_ListsFilesSizesChecksumsAndArchives()
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres);
        var older = await fixture.Builder.BuildAsync("test", CancellationToken.None);
        fixture.Time.Now = fixture.Time.Now.AddDays(1);
        var latest = await fixture.Builder.BuildAsync("test", CancellationToken.None);
        await using var server = await OpenDataServer.StartAsync(fixture.Directory, fixture.Time);
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        var page = await http.GetStringAsync(new Uri("opendata/", UriKind.Relative));
        var archive = await http.GetStringAsync(new Uri("opendata/archives/2025-12-07/", UriKind.Relative));

        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("Export du 8 décembre 2025 à 10:30 (heure de Paris)", page, StringComparison.Ordinal);
        foreach (var file in latest!.Files)
        {
            Assert.Contains($"<a href=\"/opendata/{file.Name}\">{file.Name}</a>", page, StringComparison.Ordinal);
            Assert.Contains($"<code>{file.Sha256}</code>", page, StringComparison.Ordinal);
        }

        Assert.Contains($"{latest.Find("structures.csv")!.Length}\u00a0o", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/opendata/archives/2025-12-07/\">2025-12-07</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/opendata/archives/2025-12-07/structures.csv\">", archive, StringComparison.Ordinal);
        Assert.Contains($"<code>{older!.Find("structures.csv")!.Sha256}</code>", archive, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LatestAndArchive_ServeTheirOwnBytes_WithETagAndLastModified_And304WhenUnchanged()
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres);
        await fixture.Builder.BuildAsync("test", CancellationToken.None);
        fixture.Time.Now = fixture.Time.Now.AddDays(1);
        fixture.Exporter.Version = "v2";
        var latest = await fixture.Builder.BuildAsync("test", CancellationToken.None);
        await using var server = await OpenDataServer.StartAsync(fixture.Directory, fixture.Time);
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        using var response = await http.GetAsync(new Uri("opendata/structures.parquet", UriKind.Relative));
        var archived = await http.GetStringAsync(new Uri("opendata/archives/2025-12-07/structures.json", UriKind.Relative));
        var etag = response.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("opendata/structures.parquet", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await http.SendAsync(again);
        using var since = new HttpRequestMessage(HttpMethod.Get, new Uri("opendata/structures.parquet", UriKind.Relative));
        since.Headers.IfModifiedSince = response.Content.Headers.LastModified;
        using var notModifiedSince = await http.SendAsync(since);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.apache.parquet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TestExporter.Hex(await response.Content.ReadAsByteArrayAsync()), latest!.Find("structures.parquet")!.Sha256);
        Assert.Equal($"\"{latest.Find("structures.parquet")!.Sha256}\"", etag.Tag);
        Assert.Equal(latest.GeneratedAt, response.Content.Headers.LastModified);
        Assert.Contains("Structure v1", archived, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);
    }

    [Fact]
    public async Task Range_Gets206WithThoseBytes_OfTheUncompressedFile()
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres);
        fixture.Exporter.ExtraRows = 200;
        var set = await fixture.Builder.BuildAsync("test", CancellationToken.None);
        var bytes = await File.ReadAllBytesAsync(fixture.Directory.PathOf(set!, "structures.csv"));
        await using var server = await OpenDataServer.StartAsync(fixture.Directory, fixture.Time);
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("opendata/structures.csv", UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(100, 199);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-199/{bytes.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(bytes[100..200], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TextFiles_AreGzippedForClientsThatAcceptIt_BinaryFilesNever()
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres);
        fixture.Exporter.ExtraRows = 500;
        var set = await fixture.Builder.BuildAsync("test", CancellationToken.None);
        var csv = await File.ReadAllBytesAsync(fixture.Directory.PathOf(set!, "structures.csv"));
        await using var server = await OpenDataServer.StartAsync(fixture.Directory, fixture.Time);
        using var http = new HttpClient { BaseAddress = server.BaseUri };

        using var gzipped = await SendAsync(http, "opendata/structures.csv", "gzip, br");
        using var identity = await SendAsync(http, "opendata/structures.csv", null);
        using var refused = await SendAsync(http, "opendata/structures.csv", "gzip;q=0");
        using var parquet = await SendAsync(http, "opendata/structures.parquet", "gzip");

        Assert.Equal(["gzip"], gzipped.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", gzipped.Headers.Vary);
        var compressed = await gzipped.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < csv.Length / 3, $"{compressed.Length} compressed bytes for {csv.Length}");
        await using (var unzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress))
        using (var copy = new MemoryStream())
        {
            await unzip.CopyToAsync(copy);
            Assert.Equal(csv, copy.ToArray());
        }

        Assert.NotEqual(identity.Headers.ETag, gzipped.Headers.ETag);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.Equal(csv, await identity.Content.ReadAsByteArrayAsync());
        Assert.Empty(refused.Content.Headers.ContentEncoding);
        Assert.Empty(parquet.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/opendata/../../../../etc/passwd")]
    [InlineData("/opendata/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/opendata/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/opendata/.catalog.json")]
    [InlineData("/opendata/structures.csv.gz")]
    [InlineData("/opendata/archives/..%2f..%2flatest/structures.csv")]
    [InlineData("/opendata/archives/2025-12-07/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/opendata/%2fetc%2fpasswd")]
    [InlineData("/opendata/sets/x/structures.csv")]
    public async Task AnyNameNotInTheCatalog_Is404_NeverAPath(string rawPath)
    {
        await using var fixture = await OpenDataFixture.CreateAsync(postgres);
        await fixture.Builder.BuildAsync("test", CancellationToken.None);
        // Something a traversal would reach: the data directory's own files, and one outside it.
        await File.WriteAllTextAsync(Path.Combine(fixture.Directory.Root, "secret.txt"), "secret");
        await using var server = await OpenDataServer.StartAsync(fixture.Directory, fixture.Time);

        // Raw bytes on the socket: HttpClient would normalise the dot segments before sending.
        var (status, body) = await RawGetAsync(server.BaseUri, rawPath);

        Assert.True(status is 404 or 400, $"{rawPath}: HTTP {status}");
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("setId", body, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await http.SendAsync(request);
    }

    private static async Task<(int Status, string Body)> RawGetAsync(Uri baseUri, string rawPath)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseUri.Host, baseUri.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {rawPath} HTTP/1.1\r\nHost: {baseUri.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        return (int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }
}
