using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.Tests.Rest;

/// <summary>REST v1 served by Kestrel on 127.0.0.1 (a free port) over a test database: real HTTP, in this process.</summary>
internal sealed class RestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RestServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = baseUri };
    }

    public HttpClient Http { get; }

    /// <summary>The endpoints the app serves (to check the OpenAPI document names every one).</summary>
    public IEnumerable<RouteEndpoint> Endpoints => _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    public static async Task<RestServer> StartAsync(NpgsqlDataSource dataSource)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddSingleton(new SourceCatalog(dataSource, TimeProvider.System));
        builder.Services.AddRestV1();
        var app = builder.Build();
        app.MapRestV1();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new RestServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
