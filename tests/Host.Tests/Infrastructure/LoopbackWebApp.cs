using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Tests.Infrastructure;

/// <summary>
/// A web application served by Kestrel on 127.0.0.1 (a free port) in this process, without logs: the one setup behind
/// the tests' in-process hosts (REST, API access, validator, open data), each adding its services and endpoints.
/// </summary>
internal sealed class LoopbackWebApp : IAsyncDisposable
{
    private LoopbackWebApp(WebApplication app)
    {
        App = app;
        BaseUri = new Uri(app.Urls.First());
    }

    public WebApplication App { get; }

    /// <summary>The server's root (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri BaseUri { get; }

    /// <param name="settings">Configuration added in memory (e.g. <c>Api:RateLimit:PerMinute</c>).</param>
    /// <param name="services">Registers the services the endpoints need.</param>
    /// <param name="map">Adds the middleware and endpoints.</param>
    public static async Task<LoopbackWebApp> StartAsync(
        Action<WebApplicationBuilder>? services, Action<WebApplication> map, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        services?.Invoke(builder);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new LoopbackWebApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
