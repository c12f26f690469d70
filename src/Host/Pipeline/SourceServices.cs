using DataInclusion.Sources.Http;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Pipeline;

/// <summary>What a connector may be built from: the environment (its URL and credentials), the shared HTTP client and limits.</summary>
internal sealed record SourceServices(
    Func<string, string?> Environment,
    HttpClient Http,
    HttpSourceOptions HttpOptions,
    TimeProvider Time,
    ILoggerFactory LoggerFactory)
{
    /// <summary>The retrying HTTP client every connector fetches through.</summary>
    public ResilientHttpClient ResilientHttp() =>
        new(Http, HttpOptions, Time, LoggerFactory.CreateLogger<ResilientHttpClient>());
}
