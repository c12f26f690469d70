using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DataInclusion.GraphQL.Http;
using DataInclusion.Host.Api;
using DataInclusion.Host.Api.Access;
using DataInclusion.Host.Rest;
using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Tests.Rest;
using DataInclusion.Host.Web;
using DataInclusion.Host.Web.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
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
    private readonly LoopbackWebApp _web;

    private ApiHost(LoopbackWebApp web, NpgsqlDataSource dataSource)
    {
        _web = web;
        DataSource = dataSource;
    }

    public Uri BaseUri => _web.BaseUri;

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The host's services, e.g. its <see cref="SearchGate"/>.</summary>
    public IServiceProvider Services => _web.App.Services;

    /// <param name="settings">The <c>Api</c> section, e.g. <c>Api:RateLimit:PerMinute</c>.</param>
    /// <param name="martsChanged">The runs of this process whose end empties the response cache, as in serve.</param>
    public static async Task<ApiHost> StartAsync(
        string db, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null, DataInclusion.Host.Pipeline.MartsChangedSignal? martsChanged = null)
    {
        time ??= TimeProvider.System;
        var dataSource = NpgsqlDataSource.Create(db);
        var web = await LoopbackWebApp.StartAsync(
            builder =>
            {
                builder.Services.AddApiAccess(builder.Configuration, dataSource, time);
                RestServer.AddRest(builder.Services, dataSource, time);
                // Off unless the settings give Api:ResponseCache:MaxMegabytes, as in serve.
                builder.Services.AddApiResponseCache(builder.Configuration, db, time, martsChanged);
            },
            app =>
            {
                app.UseApiAccess();
                app.MapRestV1();
                // GraphQL and REST share the host's search gate, as in WebApp.
                app.MapGraphQL("/graphql", MartsSchema.Build(dataSource, app.Services.GetRequiredService<SearchGate>()), options =>
                {
                    options.UserContextFactory = ApiAccess.Caller;
                    options.ResponseCache = app.Services.GetService<ResponseCache>();
                });
                app.MapGet("/api/v1/ping", (HttpContext context) => Results.Json(new { token = ApiAccess.Caller(context).TokenName }));
                app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
            },
            settings);
        return new ApiHost(web, dataSource);
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
    /// <summary>Posts <paramref name="query"/>, asserts a 200 without errors and returns its <c>data</c> as JSON text.</summary>
    public static async Task<string> DataAsync(HttpClient http, string query, string? token)
    {
        using var response = await http.SendAsync(GraphQL(query, token));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.False(root.TryGetProperty("errors", out _), body);
        return root.GetProperty("data").GetRawText();
    }

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
        await _web.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}
