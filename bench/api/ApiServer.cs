using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DataInclusion.Pipeline.Bench;

namespace DataInclusion.Api.Bench;

/// <summary>The real <c>datainclusion serve --no-scheduler</c> as a child process, on a free loopback port.</summary>
internal sealed class ApiServer(Process process, Uri address) : IAsyncDisposable
{
    public Uri GraphQL { get; } = new(address, "/graphql");

    public Uri Address => address;

    public int ProcessId => process.Id;

    public static async Task<ApiServer> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = ChildRun.StartHost(["serve", "--no-scheduler", "--urls", address.ToString().TrimEnd('/')],
            new Dictionary<string, string>(settings)
            {
                ["DATAINCLUSION_DB"] = connectionString,
                ["Serilog__MinimumLevel__Default"] = "Warning",
                // The load comes from one address: measured without the per-address limit (issue 12 §2).
                ["Api__RateLimit__PerMinute"] = "0",
            });
        // Drain the logs so a full pipe never blocks the server; the last lines say why it stopped, if it does.
        var lastLines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Keep(string? line)
        {
            if (line is not null)
            {
                lastLines.Enqueue(line);
                while (lastLines.Count > 20 && lastLines.TryDequeue(out _))
                {
                }
            }
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"datainclusion serve exited with {process.ExitCode}:\n{string.Join('\n', lastLines)}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(address, "/healthz"), cancellationToken)).IsSuccessStatusCode)
                {
                    return new ApiServer(process, address);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, cancellationToken);
        }

        process.Kill();
        throw new TimeoutException("datainclusion serve did not answer /healthz within 60 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
