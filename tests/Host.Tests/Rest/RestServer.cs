using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Rest;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DataInclusion.Host.Tests.Rest;

/// <summary>
/// REST v1 served by Kestrel on 127.0.0.1 (a free port) over a test database: real HTTP, in this process, without the
/// API access pipeline (every caller anonymous); <see cref="Api.Access.ApiHost"/> adds it.
/// </summary>
internal sealed class RestServer : IAsyncDisposable
{
    private readonly LoopbackWebApp _web;

    private RestServer(LoopbackWebApp web)
    {
        _web = web;
        Http = new HttpClient { BaseAddress = web.BaseUri };
    }

    public HttpClient Http { get; }

    /// <summary>The endpoints the app serves (to check the OpenAPI document names every one).</summary>
    public IEnumerable<RouteEndpoint> Endpoints => _web.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    public static async Task<RestServer> StartAsync(NpgsqlDataSource dataSource) =>
        new(await LoopbackWebApp.StartAsync(builder => AddRest(builder.Services, dataSource), app => app.MapRestV1()));

    /// <summary>What REST v1's handlers take from the container: the database and the source catalogue.</summary>
    internal static void AddRest(IServiceCollection services, NpgsqlDataSource dataSource, TimeProvider? time = null)
    {
        services.AddSingleton(dataSource);
        services.AddSingleton(new SourceCatalog(dataSource, time ?? TimeProvider.System));
        services.AddRestV1();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _web.DisposeAsync();
    }
}
