namespace DataInclusion.Sources.Paging;

/// <summary>Decides whether a producer's "next page" link may be followed.</summary>
internal sealed class NextLinkGuard(HttpFetchContext context, Uri first, int maxPages)
{
    private readonly HashSet<string> _seen = [first.AbsoluteUri];

    /// <summary>
    /// Resolves <paramref name="next"/> against <paramref name="current"/> and checks it stays on the first URL's
    /// host, has not been visited and keeps the page count under the limit. emplois API §3: links may come back
    /// as http:// behind the proxy, so http is upgraded when the run started on https.
    /// </summary>
    public Uri Follow(Uri current, string next)
    {
        if (!Uri.TryCreate(current, next, out var target))
        {
            throw context.Fail(current, $"the next-page link '{next}' is not a valid URL");
        }

        if (target.Scheme == Uri.UriSchemeHttp && first.Scheme == Uri.UriSchemeHttps
            && string.Equals(target.Host, first.Host, StringComparison.OrdinalIgnoreCase) && target.IsDefaultPort)
        {
            target = new UriBuilder(target) { Scheme = Uri.UriSchemeHttps, Port = -1 }.Uri;
        }

        if (!string.Equals(target.Scheme, first.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(target.Host, first.Host, StringComparison.OrdinalIgnoreCase)
            || target.Port != first.Port)
        {
            throw context.Fail(current, $"the next-page link '{target}' leaves {first.GetLeftPart(UriPartial.Authority)}; not followed");
        }

        if (!_seen.Add(target.AbsoluteUri))
        {
            throw context.Fail(current, $"the next-page link '{target}' was already fetched (paging loop)");
        }

        if (_seen.Count > maxPages)
        {
            throw context.Fail(current, $"more than {maxPages} pages (HttpSourceOptions.MaxPages); paging stopped");
        }

        return target;
    }
}
