using System.Net;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.Geocoding;

/// <summary>Builds the geocoding step from <c>GEOCODER_URL</c>, or nothing when it is unset (the run then publishes the producers' addresses).</summary>
internal static class GeocodingFactory
{
    public static GeocodingStep? Create(
        Func<string, string?> environment, GeocoderOptions options, NpgsqlDataSource dataSource, TimeProvider time, ILoggerFactory loggerFactory)
    {
        var url = environment(GeocoderOptions.UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var baseUrl = new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
        var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }) { Timeout = options.Timeout };
        return new GeocodingStep(new BanCsvClient(http, baseUrl), new GeocodingCache(dataSource), options, time, loggerFactory.CreateLogger<GeocodingStep>());
    }
}
