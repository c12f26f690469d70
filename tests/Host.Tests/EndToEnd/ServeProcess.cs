using System.Net;
using System.Net.Sockets;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>Starts <c>datainclusion serve</c> (or <c>up</c>) on a free loopback port and waits until it is healthy.</summary>
public static class ServeProcess
{
    public static async Task<(CliProcess Process, Uri BaseUri)> StartAsync(IReadOnlyDictionary<string, string?> environment, params string[] command)
    {
        var baseUri = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = CliProcess.Start(environment, [.. command, "--urls", baseUri.ToString().TrimEnd('/')]);
        await WaitForHealthAsync(baseUri, process);
        return (process, baseUri);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
