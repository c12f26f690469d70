using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Tests.Validation;

/// <summary>Issue 11: every refusal of the validator's doors — size, URL, unreadable input — with its status and French message.</summary>
public sealed class ValidatorLimitsTests
{
    private static readonly Dictionary<string, string?> s_smallLimit = new() { ["Validator:MaxBytes"] = "1024" };

    [Fact]
    public async Task Api_FileAboveMaxBytes_413NamingTheSetting()
    {
        await using var host = await ValidatorHost.StartAsync(s_smallLimit);
        using var http = new HttpClient { BaseAddress = host.BaseUri };

        using var response = await http.PostAsync(new Uri("/api/v1/validate", UriKind.Relative), FileForm("services.json", new byte[10_000]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains("dépasse la taille permise de 1 Ko (Validator__MaxBytes)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_DeclaredBodyAboveTheLimit_413BeforeTheBodyIsSent()
    {
        await using var host = await ValidatorHost.StartAsync(s_smallLimit);
        using var client = new TcpClient();
        await client.ConnectAsync(host.BaseUri.Host, host.BaseUri.Port);
        var stream = client.GetStream();

        // Ten gigabytes announced, not one byte sent: only an answer that does not wait for the body can come back.
        var request = $"POST /api/v1/validate HTTP/1.1\r\nHost: {host.BaseUri.Authority}\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 10737418240\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var read = await stream.ReadAsync(buffer, timeout.Token);

        Assert.StartsWith("HTTP/1.1 413", Encoding.UTF8.GetString(buffer, 0, read), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_FileAboveMaxBytes_413PageWithTheMessageAsAnAlert()
    {
        await using var host = await ValidatorHost.StartAsync(s_smallLimit);
        using var http = new HttpClient { BaseAddress = host.BaseUri };

        using var response = await http.PostAsync(new Uri("/valider", UriKind.Relative), FileForm("offre.xlsx", new byte[10_000]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("dépasse la taille permise", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.org/offre.csv", 400, "commençant par http:// ou https://")]
    [InlineData("http://127.0.0.1:9/offre.csv", 400, "mène à un réseau local ou privé")]
    [InlineData("http://localhost:9/offre.csv", 400, "mène à un réseau local ou privé")]
    [InlineData("http://10.1.2.3/offre.csv", 400, "mène à un réseau local ou privé")]
    [InlineData("http://[::1]:9/offre.csv", 400, "mène à un réseau local ou privé")]
    public async Task Api_UrlRefused_WithoutAnyRequestInside(string url, int status, string message)
    {
        await using var host = await ValidatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseUri };

        using var response = await http.PostAsync(new Uri("/api/v1/validate", UriKind.Relative), UrlForm(url));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_UrlOnALocalServer_FetchedWhenAllowed_TooBigOrTooSlowRefused()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Validator:MaxBytes"] = "4096", ["Validator:AllowPrivateAddresses"] = "true", ["Validator:FetchTimeout"] = "00:00:01",
        };
        await using var host = await ValidatorHost.StartAsync(settings, app =>
        {
            app.MapGet("/fichiers/services.json", () => Results.Bytes(ValidatorFiles.ServicesJson(), "application/json"));
            app.MapGet("/fichiers/gros.json", () => Results.Bytes(new byte[10_000], "application/json"));
            app.MapGet("/fichiers/lent.json", async (CancellationToken ct) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(10), ct);
                return Results.Bytes(ValidatorFiles.ServicesJson(), "application/json");
            });
        });
        using var http = new HttpClient { BaseAddress = host.BaseUri };

        using var fetched = await http.PostAsync(new Uri("/api/v1/validate", UriKind.Relative), UrlForm(new Uri(host.BaseUri, "/fichiers/services.json").ToString()));
        using var big = await http.PostAsync(new Uri("/api/v1/validate", UriKind.Relative), UrlForm(new Uri(host.BaseUri, "/fichiers/gros.json").ToString()));
        using var slow = await http.PostAsync(new Uri("/api/v1/validate", UriKind.Relative), UrlForm(new Uri(host.BaseUri, "/fichiers/lent.json").ToString()));

        var report = JsonDocument.Parse(await fetched.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("frais.inconnu", report.GetProperty("findings")[0].GetProperty("code").GetString());
        Assert.Equal("services.json", report.GetProperty("findings")[0].GetProperty("file").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.GatewayTimeout, slow.StatusCode);
        Assert.Contains("n'a pas été reçu en 1 s (Validator__FetchTimeout)", await slow.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_NotMultipart_415()
    {
        await using var host = await ValidatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseUri };

        using var response = await http.PostAsync(new Uri("/api/v1/validate", UriKind.Relative), new StringContent("[]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("multipart/form-data", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_MissingOrOversizedFile_Exit2WithTheReason()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("validate-").FullName, "structures.json");
        await File.WriteAllBytesAsync(file, new byte[5000]);
        try
        {
            await using var missing = await CliProcess.RunAsync(new Dictionary<string, string?>(), TimeSpan.FromMinutes(1), "validate", file + ".absent");
            await using var big = await CliProcess.RunAsync(new Dictionary<string, string?> { ["Validator__MaxBytes"] = "1000" }, TimeSpan.FromMinutes(1), "validate", file);

            Assert.True(missing.ExitCode == 2, missing.ToString());
            Assert.Contains("est illisible", missing.StandardError, StringComparison.Ordinal);
            Assert.True(big.ExitCode == 2, big.ToString());
            Assert.Contains("dépasse la taille permise", big.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private static MultipartFormDataContent FileForm(string name, byte[] content) => new() { { new ByteArrayContent(content), "fichier", name } };

    private static MultipartFormDataContent UrlForm(string url) => new() { { new StringContent(url), "url" } };
}
