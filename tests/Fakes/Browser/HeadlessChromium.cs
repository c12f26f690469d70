using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.Browser;

/// <summary>
/// A headless Chromium (Debian `chromium`, or $CHROMIUM_PATH) with a fresh profile and DevTools on a random loopback
/// port; the browser is killed (by process id) and its profile deleted on dispose. A missing browser is an error, never a
/// skipped test.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;

    private HeadlessChromium(Process process, string profile, Uri devTools)
    {
        _process = process;
        _profile = profile;
        DevTools = devTools;
    }

    public Uri DevTools { get; }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<HeadlessChromium> LaunchAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ExecutablePath}: run `apt-get install chromium` (CI installs it), or set CHROMIUM_PATH.");
        }

        var profile = Directory.CreateTempSubdirectory("headless-chromium-").FullName;
        var startInfo = new ProcessStartInfo(ExecutablePath) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", $"--user-data-dir={profile}",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1280,900", "about:blank",
        })
        {
            startInfo.ArgumentList.Add(flag);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Chromium did not start.");
        // Drain Chromium's logs so a full pipe never blocks it.
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HeadlessChromium(process, profile, await WaitForDevToolsAsync(profile, process, cancellationToken));
    }

    /// <summary>Connects to the first page target (the about:blank tab opened at launch).</summary>
    public async Task<DevToolsSession> ConnectToPageAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = DevTools };
        var targets = await http.GetFromJsonAsync<JsonArray>("/json/list", cancellationToken) ?? [];
        var page = targets.First(t => t!["type"]!.GetValue<string>() == "page")!;
        return await DevToolsSession.ConnectAsync(new Uri(page["webSocketDebuggerUrl"]!.GetValue<string>()), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A crash-reporter file may linger a moment; the temp folder is cleaned by the OS eventually.
        }
    }

    // Chromium writes the chosen port to <profile>/DevToolsActivePort once DevTools listens.
    private static async Task<Uri> WaitForDevToolsAsync(string profile, Process process, CancellationToken cancellationToken)
    {
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited early with code {process.ExitCode}.");
            }

            if (File.Exists(portFile) && (await File.ReadAllLinesAsync(portFile, cancellationToken)) is [var port, ..] && port.Length > 0)
            {
                return new Uri($"http://127.0.0.1:{port}/");
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("Chromium did not open its DevTools port within 30 s.");
    }
}
