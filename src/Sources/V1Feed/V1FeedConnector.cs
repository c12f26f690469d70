using DataInclusion.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Sources.V1Feed;

/// <summary>
/// Files already in schema v1 (data-inclusion §2.2: Grist CSV exports, JSON dumps...), from http(s) or the local
/// disk, kept as bytes with their media type: JSON, NDJSON, CSV or XLSX. Parsing is the mapper's job.
/// </summary>
public sealed class V1FeedConnector(ProducerClients http, V1FeedOptions options, ILogger<V1FeedConnector>? logger = null) : ISourceConnector
{
    /// <summary>What a feed server may answer with; an HTML page (login, error) is refused.</summary>
    private static readonly string[] s_acceptedMediaTypes =
    [
        FeedFormat.Json, FeedFormat.NdJson, "application/ndjson", "application/jsonl", "application/x-jsonlines", "text/json",
        FeedFormat.Csv, "application/csv", "text/plain", FeedFormat.Xlsx, "application/vnd.ms-excel",
        "application/octet-stream", "binary/octet-stream", "application/zip",
    ];

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Source => options.Source;

    public async Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        if (options.Streams.Count == 0)
        {
            var prefix = SourceEnvironment.Prefix(options.Source);
            throw new SourceFetchException(options.Source, "*", null, $"no feed configured: set {prefix}_STRUCTURES_URL and/or {prefix}_SERVICES_URL (or {prefix}_CLASSEUR_URL)");
        }

        var payloads = new List<RawPayload>();
        foreach (var (stream, location) in options.Streams)
        {
            var payload = Uri.TryCreate(location, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                ? await FetchUrlAsync(stream, url, ct)
                : await ReadFileAsync(stream, location, ct);
            SourceLog.StreamFetched(_logger, options.Source, stream, [payload]);
            payloads.Add(payload);
        }

        return payloads;
    }

    private async Task<RawPayload> FetchUrlAsync(string stream, Uri url, CancellationToken ct)
    {
        var request = new ProducerRequest(options.Source, stream, url)
        {
            AcceptedMediaTypes = s_acceptedMediaTypes,
            Validate = body => FeedFormat.Check(FeedFormat.Detect(null, url.AbsolutePath, body.Span), body),
        };
        var authorization = string.IsNullOrWhiteSpace(options.Token) ? null : "Bearer " + options.Token;
        var api = http.Api<IV1FeedApi>();
        var payload = await http.FetchAsync(request, (r, token) => api.GetFileAsync(r.Url, authorization, r, token), ct);
        var mediaType = FeedFormat.Detect(payload.MediaType, url.AbsolutePath, payload.Content);
        return FeedFormat.Check(mediaType, payload.Content) is { } reason
            ? throw new SourceFetchException(options.Source, stream, url, $"the {mediaType} body is unusable: {reason}")
            : payload with { MediaType = mediaType };
    }

    /// <summary>
    /// A local feed file is checked in one streamed pass and referenced, never loaded: the raw layer copies it in chunks
    /// and the mapper streams it back, so a feed of any size goes through in bounded memory.
    /// </summary>
    private Task<RawPayload> ReadFileAsync(string stream, string location, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var path = Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : Path.GetFullPath(location);
        var fileUri = new Uri(path);
        string mediaType;
        string? reason;
        try
        {
            if (new FileInfo(path) is { Exists: true } file && file.Length > http.Options.MaxPayloadBytes)
            {
                throw new SourceFetchException(options.Source, stream, fileUri, PayloadTooLargeException.Describe(http.Options.MaxPayloadBytes, file.Length));
            }

            mediaType = FeedFormat.DetectFile(path);
            using var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            reason = FeedFormat.Check(mediaType, content);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SourceFetchException(options.Source, stream, fileUri, $"cannot read the file: {exception.Message}", exception);
        }

        if (reason is not null)
        {
            throw new SourceFetchException(options.Source, stream, fileUri, $"the {mediaType} file is unusable: {reason}");
        }

        return Task.FromResult(new RawPayload(stream, fileUri, http.TimeProvider.GetUtcNow(), [], mediaType) { ContentPath = path });
    }
}
