using System.Net.Http.Headers;
using System.Text.Json;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>What the producers' end-to-end tests share: creating an account through the CLI, and bearer requests.</summary>
internal static class ProducerHttp
{
    public static readonly TimeSpan CliTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Runs <c>producers add</c> and returns the token it printed (alone on stdout).</summary>
    public static async Task<string> AddAsync(IReadOnlyDictionary<string, string?> environment, string slug, params string[] options)
    {
        await using var add = await CliProcess.RunAsync(environment, CliTimeout, ["producers", "add", slug, "--name", "Producteur " + slug, .. options]);
        Assert.True(add.ExitCode == 0, add.ToString());
        return add.StandardOutput.Trim();
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? token, HttpContent? content = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await http.SendAsync(request);
    }

    /// <summary>The demo sample feed (shipped next to the binary) as a multipart submission.</summary>
    public static MultipartFormDataContent SampleFiles()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "samples", "demo");
        return new MultipartFormDataContent
        {
            { new ByteArrayContent(File.ReadAllBytes(Path.Combine(directory, "structures.json"))), "structures", "structures.json" },
            { new ByteArrayContent(File.ReadAllBytes(Path.Combine(directory, "services.json"))), "services", "services.json" },
        };
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static MediaTypeHeaderValue Json => new("application/json");
}
