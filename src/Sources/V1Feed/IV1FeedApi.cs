using DataInclusion.Sources.Http;
using Refit;

namespace DataInclusion.Sources.V1Feed;

/// <summary>A file already in schema v1 at any http(s) URL (Grist export, JSON dump...).</summary>
internal interface IV1FeedApi
{
    /// <summary><paramref name="authorization"/> (<c>Bearer key</c>) is left out when null.</summary>
    [Get("")]
    [Headers("Accept: application/json, application/x-ndjson, text/csv, " + FeedFormat.Xlsx + ", */*;q=0.5")]
    Task<HttpResponseMessage> GetFileAsync(
        [Url] Uri url,
        [Header("Authorization")] string? authorization,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);
}
