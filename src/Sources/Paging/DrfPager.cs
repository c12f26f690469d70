using DataInclusion.Sources.Http;

namespace DataInclusion.Sources.Paging;

/// <summary>Fetches a Django REST Framework list by following absolute <c>next</c> links until null.</summary>
internal static class DrfPager
{
    /// <summary>All pages of one stream, in order; throws on the first page that cannot be had.</summary>
    public static async Task<List<RawPayload>> FetchAllAsync(
        ResilientHttpClient http,
        HttpFetchRequest firstRequest,
        CancellationToken ct)
    {
        var context = new HttpFetchContext(firstRequest.Source, firstRequest.Stream);
        var guard = new NextLinkGuard(context, firstRequest.Url, http.Options.MaxPages);
        var pages = new List<RawPayload>();
        var request = firstRequest with { Validate = DrfPage.Check };
        while (true)
        {
            var payload = await http.FetchAsync(request, ct);
            pages.Add(payload);
            var page = DrfPage.Parse(payload.Content);
            if (page.Next is null)
            {
                return pages;
            }

            request = request with { Url = guard.Follow(payload.Url, page.Next) };
        }
    }
}
