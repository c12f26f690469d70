using DataInclusion.GraphQL.Http;
using DataInclusion.GraphQL.Http.GraphiQL;
using DataInclusion.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataInclusion.GraphQL.Conformance.Http;

/// <summary>A tiny ASP.NET Core app on 127.0.0.1 (random port) serving one schema with MapGraphQL, and GraphiQL at /graphiql.</summary>
public sealed class LoopbackGraphQLServer : IAsyncDisposable
{
    public const string Path = "/graphql";
    public const string GraphiQLPath = "/graphiql";

    private readonly WebApplication _app;

    private LoopbackGraphQLServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri Endpoint => new(BaseAddress, Path);

    public Uri GraphiQL => new(BaseAddress, GraphiQLPath);

    public static async Task<LoopbackGraphQLServer> StartAsync(
        Schema schema, Action<GraphQLHttpOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGraphQL(Path, schema, configure);
        app.MapGraphiQL(GraphiQLPath, Path);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LoopbackGraphQLServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
