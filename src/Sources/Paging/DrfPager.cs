using DataInclusion.Sources.Http;

namespace DataInclusion.Sources.Paging;

/// <summary>Fetches a Django REST Framework list by following absolute <c>next</c> links until null (emplois API §3).</summary>
internal static class DrfPager
{
    /// <summary>All pages of one stream, in order; each body must be a DRF page envelope.</summary>
    public static Task<List<RawPayload>> FetchAllAsync(
        ProducerClients http, IDrfApi api, string token, string source, string stream, Uri first, CancellationToken ct) =>
        LinkPager.FetchAllAsync(
            http,
            new ProducerRequest(source, stream, first) { Validate = DrfPage.Check },
            (request, cancel) => api.GetPageAsync(request.Url, token, request, cancel),
            body => DrfPage.Parse(body).Next,
            ct);
}
