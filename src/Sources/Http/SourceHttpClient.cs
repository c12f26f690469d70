using System.Net;

namespace DataInclusion.Sources.Http;

/// <summary>Builds the <see cref="HttpClient"/> the connectors share.</summary>
public static class SourceHttpClient
{
    /// <summary>
    /// gzip/deflate/brotli decompression on (emplois API §0: GZipMiddleware), no client-wide timeout
    /// (<see cref="HttpSourceOptions.AttemptTimeout"/> bounds each attempt instead).
    /// </summary>
    public static HttpClient Create(HttpMessageHandler? handler = null)
    {
        handler ??= new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var client = new HttpClient(handler, disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("DataInclusion/1.0");
        return client;
    }
}
