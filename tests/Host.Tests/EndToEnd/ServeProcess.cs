using System.Net;
using System.Text.Json;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Starts <c>datainclusion serve</c> (or <c>up</c>) on a free loopback port and waits until it is healthy.</summary>
public static class ServeProcess
{
    /// <remarks>
    /// The server binds port 0 and the test reads the address it got from its log: a port picked in advance could be
    /// taken by another test's server in between, and the test would then talk to the wrong server.
    /// </remarks>
    public static async Task<(CliProcess Process, Uri BaseUri)> StartAsync(IReadOnlyDictionary<string, string?> environment, params string[] command)
    {
        var process = CliProcess.Start(environment, [.. command, "--urls", "http://127.0.0.1:0"]);
        var baseUri = await ListeningAddressAsync(process);
        await WaitForHealthAsync(baseUri, process);
        return (process, baseUri);
    }

    private static async Task<Uri> ListeningAddressAsync(CliProcess process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, process.ToString());
            foreach (var line in process.StandardError.Split('\n'))
            {
                if (line.Contains("Now listening on", StringComparison.Ordinal)
                    && JsonDocument.Parse(line).RootElement.TryGetProperty("address", out var address))
                {
                    return new Uri(address.GetString()!);
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail("the server never said where it listens\n" + process);
        return null!;
    }

    private static async Task WaitForHealthAsync(Uri baseUri, CliProcess process)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, process.ToString());
            try
            {
                using var response = await http.GetAsync(new Uri(baseUri, "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail("the server never became healthy\n" + process);
    }
}
