using System.Net.Http.Headers;
using System.Text;
using DataInclusion.GraphQL.Http;
using DataInclusion.Host.Api;
using DataInclusion.Host.Api.Access;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Rest;
using DataInclusion.Host.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.Tests.Api.Access;

/// <summary>
/// The API's doors served by Kestrel on 127.0.0.1 in this process, with the access pipeline <c>serve</c> uses
/// (<see cref="ApiAccessSetup"/>): <c>/graphql</c> over the marts with the caller as user context, an
/// <c>/api/v1/ping</c> standing for the REST endpoints to come (covered by path), and <c>/healthz</c> (not covered).
/// <c>serve</c>'s own wiring is checked end to end by <see cref="ApiAccessServeTests"/>.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiHost(WebApplication app, NpgsqlDataSource dataSource, Uri baseUri)
    {
        _app = app;
        DataSource = dataSource;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The host's services, e.g. its <see cref="SearchGate"/>.</summary>
    public IServiceProvider Services => _app.Services;

    /// <param name="settings">The <c>Api</c> section, e.g. <c>Api:RateLimit:PerMinute</c>.</param>
    public static async Task<ApiHost> StartAsync(string db, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var dataSource = NpgsqlDataSource.Create(db);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddApiAccess(builder.Configuration, dataSource, time);
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddSingleton(new SourceCatalog(dataSource, time));
        builder.Services.AddRestV1();
        var app = builder.Build();
        app.UseApiAccess();
        app.MapRestV1();
        // GraphQL and REST share the host's search gate, as in WebApp.
        app.MapGraphQL("/graphql", MartsSchema.Build(dataSource, app.Services.GetRequiredService<SearchGate>()), options => options.UserContextFactory = ApiAccess.Caller);
        app.MapGet("/api/v1/ping", (HttpContext context) => Results.Json(new { token = ApiAccess.Caller(context).TokenName }));
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        await app.StartAsync();
        return new ApiHost(app, dataSource, new Uri(app.Urls.First()));
    }

    /// <summary>A new token in this host's database; its secret.</summary>
    public async Task<string> CreateTokenAsync(string name, ApiScope scope = ApiScope.Api, string[]? sources = null, string[]? origins = null, int? perMinute = null) =>
        (await new ApiTokenStore(DataSource, TimeProvider.System).CreateAsync(name, scope, sources ?? [], origins ?? [], perMinute, CancellationToken.None))!;

    public HttpClient Client() => new() { BaseAddress = BaseUri };

    /// <summary>A GET of a REST path, with the token when given.</summary>
    public static HttpRequestMessage Get(string pathAndQuery, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    /// <summary>A POST of a GraphQL query, with the token when given.</summary>
    public static HttpRequestMessage GraphQL(string query, string? token = null, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}
