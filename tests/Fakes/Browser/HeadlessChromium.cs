using Microsoft.Playwright;

namespace DataInclusion.Fakes.Browser;

/// <summary>
/// Debian's Chromium (or $CHROMIUM_PATH), headless, driven by Playwright: Playwright's own browser download cannot work
/// offline, so the package's Node driver launches the machine's browser through <c>ExecutablePath</c>. A missing browser
/// is an error, never a skipped test.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    // Headless without a GPU, as root in a container (no sandbox), and nothing that calls home (QUIC, sync, updates).
    private static readonly string[] s_arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ExecutablePath}: run the README's test command (it installs it), "
                    + "`apt-get install chromium`, or set CHROMIUM_PATH.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = s_arguments,
                Timeout = 60_000,
            });
            return new HeadlessChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A page in a fresh context (its own cookies and storage), 1280×900 like a laptop screen.</summary>
    /// <param name="javaScriptEnabled">False to prove a page works without scripts.</param>
    public async Task<IPage> NewPageAsync(bool javaScriptEnabled = true)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = javaScriptEnabled,
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
