using System.Net;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.Geocoding;

/// <summary>Builds the geocoding step from <c>GEOCODER_URL</c>, or nothing when it is unset (the run then publishes the producers' addresses).</summary>
internal static class GeocodingFactory
{
    /// <summary>The pipeline's step, caching in <c>ops.geocodages</c>.</summary>
    public static GeocodingStep? Create(
        Func<string, string?> environment, GeocoderOptions options, NpgsqlDataSource dataSource, TimeProvider time, ILoggerFactory loggerFactory) =>
        Create(environment, options, new PostgresGeocodingCache(dataSource), time, loggerFactory);

    /// <summary>The step over any cache (the <c>dedup</c> command's is in memory).</summary>
    public static GeocodingStep? Create(
        Func<string, string?> environment, GeocoderOptions options, IGeocodingCache cache, TimeProvider time, ILoggerFactory loggerFactory)
    {
        var url = environment(GeocoderOptions.UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var baseUrl = new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
        var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }) { Timeout = options.Timeout };
        return new GeocodingStep(new BanCsvClient(http, baseUrl), cache, options, time, loggerFactory.CreateLogger<GeocodingStep>());
    }
}
