using DataInclusion.Sources.Http;

namespace DataInclusion.Sources.Paging;

/// <summary>Fetches a list whose pages name the next one (DRF <c>next</c>, JSON:API <c>links.next.href</c>...).</summary>
internal static class LinkPager
{
    /// <summary>
    /// All pages of one stream, in order; <paramref name="nextLink"/> reads a fetched page's next link (null at the end).
    /// Links are checked by <see cref="NextLinkGuard"/>: same origin, no loop, at most <see cref="HttpSourceOptions.MaxPages"/>.
    /// </summary>
    public static async Task<List<RawPayload>> FetchAllAsync(
        ResilientHttpClient http,
        HttpFetchRequest firstRequest,
        Func<ReadOnlyMemory<byte>, string?> nextLink,
        CancellationToken ct)
    {
        var guard = new NextLinkGuard(new HttpFetchContext(firstRequest.Source, firstRequest.Stream), firstRequest.Url, http.Options.MaxPages);
        var pages = new List<RawPayload>();
        var request = firstRequest;
        while (true)
        {
            var payload = await http.FetchAsync(request, ct);
            pages.Add(payload);
            if (nextLink(payload.Content) is not { } next)
            {
                return pages;
            }

            request = request with { Url = guard.Follow(payload.Url, next) };
        }
    }
}
