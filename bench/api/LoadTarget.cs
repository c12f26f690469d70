using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;
using Npgsql;

namespace DataInclusion.Api.Bench;

/// <summary>What the load is sent to (see <see cref="IPortalClient"/>), and what must be stopped afterwards.</summary>
internal sealed class LoadTarget(IPortalClient client, int? serverPid, IAsyncDisposable[] owned) : IAsyncDisposable
{
    public IPortalClient Client => client;

    /// <summary>The API server's process id in <c>http</c> mode; null when the API runs in this process.</summary>
    public int? ServerPid => serverPid;

    public static async Task<LoadTarget> StartAsync(string mode, string api, string connectionString, int maxClients, IReadOnlyDictionary<string, string> serverSettings, CancellationToken cancellationToken)
    {
        if (api != "graphql" && (api != "rest" || mode != "http"))
        {
            throw new ArgumentException($"--api {api}: graphql (any mode) or rest (http mode only)");
        }

        switch (mode)
        {
            case "http":
                var server = await ApiServer.StartAsync(connectionString, serverSettings, cancellationToken);
                var handler = new SocketsHttpHandler { MaxConnectionsPerServer = maxClients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
                var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
                IPortalClient remote = api == "rest" ? new RestPortalClient(http, server.Address) : new HttpPortalClient(http, server.GraphQL);
                return new LoadTarget(remote, server.ProcessId, [server, new Disposer(http.Dispose)]);
            case "engine":
            case "sql":
                // The same data source settings as the server's (Database: a plain NpgsqlDataSource on the connection string).
                var dataSource = NpgsqlDataSource.Create(connectionString);
                var marts = new MartsReader(dataSource);
                IPortalClient local = mode == "sql"
                    ? new SqlPortalClient(marts)
                    : new EnginePortalClient(DomainSchema.Build(marts, new SourcesResolver(new RunStore(dataSource, TimeProvider.System), new SourceCatalog(dataSource, TimeProvider.System)),
                        new SearchGate(new SearchGateOptions())));
                return new LoadTarget(local, null, [dataSource]);
            default:
                throw new ArgumentException($"unknown --mode {mode} (http, engine or sql)");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var item in owned)
        {
            await item.DisposeAsync();
        }
    }

    private sealed class Disposer(Action dispose) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            dispose();
            return ValueTask.CompletedTask;
        }
    }
}
