using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.Telemetry;
using Refit;

namespace DataInclusion.Sources.Http;

/// <summary>
/// The producers' Refit clients (see <see cref="ProducerClientRegistration"/>) and the one door through which a
/// connector turns a call into a <see cref="RawPayload"/> or a <see cref="SourceFetchException"/>. One instance serves
/// every connector; dispose it with the run's host.
/// </summary>
public sealed class ProducerClients : IDisposable
{
    private readonly ServiceProvider _services;

    private ProducerClients(ServiceProvider services, HttpSourceOptions options, TimeProvider time)
    {
        _services = services;
        Options = options;
        TimeProvider = time;
    }

    public HttpSourceOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public static ProducerClients Create(HttpSourceOptions? options = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        options ??= new HttpSourceOptions();
        timeProvider ??= TimeProvider.System;
        var services = new ServiceCollection()
            .AddSingleton(timeProvider)
            .AddSingleton(loggerFactory ?? NullLoggerFactory.Instance)
            .AddLogging()
            .AddProducerClients(options)

            // SourceLog.Retrying names source and stream; Polly's own per-attempt events would repeat it without them.
            .Configure<TelemetryOptions>(telemetry => telemetry.LoggerFactory = NullLoggerFactory.Instance);
        return new ProducerClients(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), options, timeProvider);
    }

    /// <summary>A producer's Refit interface.</summary>
    internal TApi Api<TApi>()
        where TApi : class => _services.GetRequiredService<TApi>();

    /// <summary>
    /// Sends <paramref name="request"/> through <paramref name="send"/> (retries and timeouts happen in the client's
    /// resilience handler) and returns the body as received, or throws <see cref="SourceFetchException"/> naming
    /// source, stream, URL, status, attempts and what the producer said.
    /// </summary>
    public async Task<RawPayload> FetchAsync(ProducerRequest request, ProducerSend send, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await send(request, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (Unwrap(exception) is PayloadTooLargeException tooLarge)
        {
            throw Failure(request, null, tooLarge.Message, tooLarge);
        }
        catch (Exception exception) when (Unwrap(exception) is var cause && ProducerResilience.IsTransient(cause, ct))
        {
            throw Failure(request, null, ProducerResilience.Describe(cause, Options), cause);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw Failure(request, response.StatusCode, DescribeFailure(response, body), null);
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (!request.Accepts(mediaType))
            {
                // emplois API §0: maintenance is an HTML page served with 200; the handler did not retry it.
                throw Failure(
                    request,
                    response.StatusCode,
                    $"HTTP {(int)response.StatusCode} with Content-Type '{mediaType ?? "(none)"}' instead of "
                    + $"{string.Join(" or ", request.AcceptedMediaTypes)} (a maintenance or error page?): {ErrorDetail.Excerpt(body)}",
                    null);
            }

            return new RawPayload(request.Stream, request.Url, TimeProvider.GetUtcNow(), body, mediaType ?? "application/octet-stream");
        }
    }

    public void Dispose() => _services.Dispose();

    /// <summary>Refit wraps transport faults (what the resilience handler finally threw) in <see cref="ApiRequestException"/>.</summary>
    private static Exception Unwrap(Exception exception) =>
        exception is ApiRequestException { InnerException: { } inner } ? inner : exception;

    private string DescribeFailure(HttpResponseMessage response, byte[] body)
    {
        var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        var detail = ErrorDetail.Extract(body);
        var suffix = detail is null ? string.Empty : $": \"{detail}\"";
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            && RetryAfter.GetDelay(response.Headers, TimeProvider.GetUtcNow()) is { } wait
            && wait > Options.MaxRetryAfter)
        {
            return $"{status}{suffix} (Retry-After {wait.TotalSeconds:0} s exceeds the {Options.MaxRetryAfter.TotalSeconds:0} s allowed)";
        }

        return status + suffix;
    }

    private static SourceFetchException Failure(ProducerRequest request, HttpStatusCode? status, string cause, Exception? inner)
    {
        var attempts = request.Attempts;
        var tries = attempts > 1 ? $" (after {attempts} attempts)" : string.Empty;
        return new SourceFetchException(request.Source, request.Stream, request.Url, $"{request.Method} failed{tries}: {cause}", inner)
        {
            StatusCode = status,
            Attempts = attempts,
        };
    }
}
