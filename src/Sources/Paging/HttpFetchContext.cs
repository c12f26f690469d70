namespace DataInclusion.Sources.Paging;

/// <summary>Source and stream of a paged fetch, for failure messages.</summary>
internal sealed record HttpFetchContext(string Source, string Stream)
{
    public SourceFetchException Fail(Uri? url, string cause) => new(Source, Stream, url, cause);
}
