using System.Net;

namespace DataInclusion.Sources;

/// <summary>A source could not be fetched completely; the message names the source, stream, URL and cause.</summary>
public sealed class SourceFetchException : Exception
{
    public SourceFetchException()
    {
    }

    public SourceFetchException(string message)
        : base(message)
    {
    }

    public SourceFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SourceFetchException(string source, string stream, Uri? url, string cause, Exception? innerException = null)
        : base(FormatMessage(source, stream, url, cause), innerException)
    {
        SourceId = source;
        Stream = stream;
        Url = url;
    }

    /// <summary>The source id (named so as not to hide <see cref="Exception.Source"/>).</summary>
    public string? SourceId { get; }

    public string? Stream { get; }

    public Uri? Url { get; }

    /// <summary>The last HTTP status received, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>How many attempts were made for the failing request.</summary>
    public int Attempts { get; init; }

    private static string FormatMessage(string source, string stream, Uri? url, string cause) =>
        url is null
            ? $"Source '{source}', stream '{stream}': {cause}"
            : $"Source '{source}', stream '{stream}', {url}: {cause}";
}
