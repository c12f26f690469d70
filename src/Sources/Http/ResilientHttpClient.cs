using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace DataInclusion.Sources.Http;

/// <summary>
/// Sends one <see cref="HttpFetchRequest"/> through the resilience pipeline and returns the whole body as a
/// <see cref="RawPayload"/>, or throws <see cref="SourceFetchException"/> naming source, stream, URL and cause.
/// </summary>
public sealed class ResilientHttpClient
{
    private readonly HttpClient _http;
    private readonly HttpSourceOptions _options;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ResilientHttpClient(HttpClient http, HttpSourceOptions options, TimeProvider? timeProvider = null, ILogger<ResilientHttpClient>? logger = null)
    {
        _http = http;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _pipeline = HttpResiliencePipeline.Create(options, _time, logger ?? (ILogger)NullLogger.Instance);
    }

    public HttpSourceOptions Options => _options;

    public TimeProvider TimeProvider => _time;

    public async Task<RawPayload> FetchAsync(HttpFetchRequest request, CancellationToken ct)
    {
        var attempts = 0;
        HttpResponseMessage response;
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(HttpResiliencePipeline.RequestKey, request);
        try
        {
            response = await _pipeline.ExecuteAsync(
                async ctx =>
                {
                    attempts++;
                    return await SendOnceAsync(request, ctx.CancellationToken);
                },
                context);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (FatalResponseException exception)
        {
            throw Failure(request, attempts, exception.Status, exception.Message, null);
        }
        catch (Exception exception) when (HttpResiliencePipeline.IsTransient(exception, ct))
        {
            throw Failure(request, attempts, null, HttpResiliencePipeline.Describe(exception, _options), exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw Failure(request, attempts, response.StatusCode, DescribeFailure(response, body), null);
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
            return new RawPayload(request.Stream, request.Url, _time.GetUtcNow(), body, mediaType);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpFetchRequest request, CancellationToken ct)
    {
        using var message = request.CreateMessage();
        var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
        try
        {
            // Reading the whole body inside the attempt puts it under the attempt timeout and turns a cut
            // connection into a retryable HttpIOException.
            await response.Content.LoadIntoBufferAsync(ct);
            if (response.IsSuccessStatusCode)
            {
                CheckBody(request, response, await response.Content.ReadAsByteArrayAsync(ct));
            }

            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static void CheckBody(HttpFetchRequest request, HttpResponseMessage response, byte[] body)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (!IsAccepted(mediaType, request.AcceptedMediaTypes))
        {
            // emplois API §0: maintenance is an HTML page served with 200. Retrying would only loop on it.
            throw new FatalResponseException(
                response.StatusCode,
                $"HTTP {(int)response.StatusCode} with Content-Type '{mediaType ?? "(none)"}' instead of "
                + $"{string.Join(" or ", request.AcceptedMediaTypes)} (a maintenance or error page?): {ErrorDetail.Excerpt(body)}");
        }

        if (request.Validate?.Invoke(body) is { } reason)
        {
            throw new TransientPayloadException(reason);
        }
    }

    private static bool IsAccepted(string? mediaType, IReadOnlyList<string> accepted)
    {
        if (accepted.Count == 0)
        {
            return true;
        }

        if (mediaType is null)
        {
            return false;
        }

        foreach (var candidate in accepted)
        {
            if (string.Equals(candidate, mediaType, StringComparison.OrdinalIgnoreCase)
                || (candidate == "application/json" && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private string DescribeFailure(HttpResponseMessage response, byte[] body)
    {
        var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        var detail = ErrorDetail.Extract(body);
        var suffix = detail is null ? string.Empty : $": \"{detail}\"";
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            && RetryAfter.GetDelay(response.Headers, _time.GetUtcNow()) is { } wait
            && wait > _options.MaxRetryAfter)
        {
            return $"{status}{suffix} (Retry-After {wait.TotalSeconds:0} s exceeds the {_options.MaxRetryAfter.TotalSeconds:0} s allowed)";
        }

        return status + suffix;
    }

    private static SourceFetchException Failure(HttpFetchRequest request, int attempts, HttpStatusCode? status, string cause, Exception? inner)
    {
        var tries = attempts > 1 ? $" (after {attempts} attempts)" : string.Empty;
        return new SourceFetchException(request.Source, request.Stream, request.Url, $"{request.Method} failed{tries}: {cause}", inner)
        {
            StatusCode = status,
            Attempts = attempts,
        };
    }
}
