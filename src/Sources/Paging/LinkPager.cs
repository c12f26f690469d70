using DataInclusion.Sources.Http;

namespace DataInclusion.Sources.Paging;

/// <summary>Fetches a list whose pages name the next one (DRF <c>next</c>, JSON:API <c>links.next.href</c>...).</summary>
internal static class LinkPager
{
    /// <summary>
    /// All pages of one stream, in order; <paramref name="nextLink"/> reads a fetched page's next link (null at the end),
    /// which goes to the Refit method's <c>[Url]</c> parameter. Links are checked by <see cref="NextLinkGuard"/>: same
    /// origin, no loop, at most <see cref="HttpSourceOptions.MaxPages"/>.
    /// </summary>
    public static async Task<List<RawPayload>> FetchAllAsync(
        ProducerClients http,
        ProducerRequest firstRequest,
        ProducerSend send,
        Func<ReadOnlyMemory<byte>, string?> nextLink,
        CancellationToken ct)
    {
        var guard = new NextLinkGuard(new HttpFetchContext(firstRequest.Source, firstRequest.Stream), firstRequest.Url, http.Options.MaxPages);
        var pages = new List<RawPayload>();
        var request = firstRequest;
        while (true)
        {
            var payload = await http.FetchAsync(request, send, ct);
            pages.Add(payload);
            if (nextLink(payload.Content) is not { } next)
            {
                return pages;
            }

            request = request.WithUrl(guard.Follow(payload.Url, next));
        }
    }
}
