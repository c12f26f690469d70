using System.Net.Http.Headers;

namespace DataInclusion.Sources.Http;

/// <summary>One logical request of a connector: what to send and how to judge the answer.</summary>
/// <param name="Source">The source id, for messages and logs.</param>
/// <param name="Stream">The stream name, for messages, logs and the payload.</param>
/// <param name="Url">The absolute URL to call.</param>
public sealed record HttpFetchRequest(string Source, string Stream, Uri Url)
{
    public HttpMethod Method { get; init; } = HttpMethod.Get;

    /// <summary>Sent on every attempt; never written to messages or logs.</summary>
    public AuthenticationHeaderValue? Authorization { get; init; }

    /// <summary>Extra request headers (e.g. an API key header).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Request body (for POST), with <see cref="ContentType"/>.</summary>
    public ReadOnlyMemory<byte>? Body { get; init; }

    public string ContentType { get; init; } = "application/json";

    /// <summary>The <c>Accept</c> header.</summary>
    public string Accept { get; init; } = "application/json";

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

    internal HttpRequestMessage CreateMessage()
    {
        var message = new HttpRequestMessage(Method, Url);
        message.Headers.Accept.ParseAdd(Accept);
        message.Headers.Authorization = Authorization;
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body is { } body)
        {
            message.Content = new ReadOnlyMemoryContent(body);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        }

        return message;
    }
}
