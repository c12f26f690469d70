namespace DataInclusion.Sources.Http;

/// <summary>
/// One logical request of a connector: where it goes, which stream it feeds and how to judge the answer. It travels
/// with the Refit call in <see cref="HttpRequestMessage.Options"/> (a <c>[Property]</c> parameter) so that
/// <see cref="PayloadCheckHandler"/>, inside the retry, can check each attempt's body and count the attempts.
/// </summary>
public sealed class ProducerRequest(string source, string stream, Uri url)
{
    /// <summary>The <see cref="HttpRequestMessage.Options"/> key the Refit interfaces store the request under.</summary>
    public const string OptionKey = "DataInclusion.ProducerRequest";

    internal static readonly HttpRequestOptionsKey<ProducerRequest> Key = new(OptionKey);

    private int _attempts;

    /// <summary>The source id, for messages and logs.</summary>
    public string Source { get; } = source;

    /// <summary>The stream name, for messages, logs and the payload.</summary>
    public string Stream { get; } = stream;

    /// <summary>The absolute URL, given to the Refit method's <c>[Url]</c> parameter.</summary>
    public Uri Url { get; } = url;

    /// <summary>
    /// Media types a 2xx answer must have; empty accepts any. <c>application/json</c> also accepts <c>*+json</c>.
    /// Anything else (typically an HTML maintenance page served with 200) fails at once, without retries.
    /// </summary>
    public IReadOnlyList<string> AcceptedMediaTypes { get; init; } = ["application/json"];

    /// <summary>
    /// Checks a 2xx body; returns why it is unusable (e.g. cut JSON), or null. An unusable body is retried
    /// like a 5xx, since proxies and overloaded servers do cut bodies.
    /// </summary>
    public Func<ReadOnlyMemory<byte>, string?>? Validate { get; init; }

    /// <summary>Attempts sent so far (first included), counted by <see cref="PayloadCheckHandler"/>.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>The method of the last attempt, for messages.</summary>
    public HttpMethod Method { get; private set; } = HttpMethod.Get;

    /// <summary>The same expectations for another URL (the next page), with its own attempt count.</summary>
    public ProducerRequest WithUrl(Uri url) => new(Source, Stream, url) { AcceptedMediaTypes = AcceptedMediaTypes, Validate = Validate };

    /// <summary>Whether a 2xx answer of <paramref name="mediaType"/> can be what was asked for.</summary>
    public bool Accepts(string? mediaType)
    {
        if (AcceptedMediaTypes.Count == 0)
        {
            return true;
        }

        if (mediaType is null)
        {
            return false;
        }

        foreach (var candidate in AcceptedMediaTypes)
        {
            if (string.Equals(candidate, mediaType, StringComparison.OrdinalIgnoreCase)
                || (candidate == "application/json" && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    internal void RecordAttempt(HttpMethod method)
    {
        Interlocked.Increment(ref _attempts);
        Method = method;
    }
}
