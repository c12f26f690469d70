using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace DataInclusion.Sources.Http;

/// <summary>Sets up the standard resilience handler of a producer's client from <see cref="HttpSourceOptions"/>.</summary>
internal static class ProducerResilience
{
    /// <summary>
    /// Retries 5xx, 408, 429, network errors, attempt timeouts and unusable 2xx bodies with exponential backoff and
    /// jitter; a <c>Retry-After</c> header sets the delay instead, unless it exceeds
    /// <see cref="HttpSourceOptions.MaxRetryAfter"/>, in which case the answer is final. Other 4xx are final.
    /// </summary>
    public static void Configure(HttpStandardResilienceOptions standard, HttpSourceOptions options, TimeProvider time, ILogger logger)
    {
        standard.AttemptTimeout.Timeout = options.AttemptTimeout;
        standard.TotalRequestTimeout.Timeout = options.TotalTimeout;

        var retry = standard.Retry;
        retry.MaxRetryAttempts = Math.Max(1, options.MaxAttempts - 1);
        retry.BackoffType = DelayBackoffType.Exponential;
        retry.Delay = options.BaseDelay;
        retry.MaxDelay = options.MaxDelay;
        retry.UseJitter = options.UseJitter;
        retry.ShouldHandle = args => ValueTask.FromResult(options.MaxAttempts > 1 && ShouldRetry(args.Outcome, options, time, args.Context.CancellationToken));
        retry.DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome, options, time));
        retry.OnRetry = args =>
        {
            var request = args.Context.GetRequestMessage();
            ProducerRequest? producer = null;
            request?.Options.TryGetValue(ProducerRequest.Key, out producer);
            SourceLog.Retrying(
                logger, producer?.Source, producer?.Stream, request?.Method, request?.RequestUri, args.RetryDelay,
                args.AttemptNumber + 1, options.MaxAttempts, Describe(args.Outcome, options));
            return default;
        };

        // A source run is a batch of sequential requests with bounded retries, and a failed run keeps the last good
        // data: a breaker opening mid-run would only fail the pages after it. Its sampling window must still be at
        // least twice the attempt timeout (and 0.5 s) for the options to validate.
        standard.CircuitBreaker.ShouldHandle = static _ => ValueTask.FromResult(false);
        var window = options.AttemptTimeout * 2;
        standard.CircuitBreaker.SamplingDuration = window > standard.CircuitBreaker.SamplingDuration ? window : standard.CircuitBreaker.SamplingDuration;
    }

    /// <summary>
    /// The server's <c>Retry-After</c>, plus up to 10 % (at most 1 s) of jitter so that parallel runs do not come back
    /// together (emplois API §12.7); null lets the exponential backoff decide.
    /// </summary>
    internal static TimeSpan? RetryAfterDelay(Outcome<HttpResponseMessage> outcome, HttpSourceOptions options, TimeProvider time)
    {
        if (outcome.Result is not { } response || RetryAfter.GetDelay(response.Headers, time.GetUtcNow()) is not { } wait)
        {
            return null;
        }

        var jitter = options.UseJitter ? Random.Shared.NextDouble() * Math.Min(1000, wait.TotalMilliseconds / 10) : 0;
        return wait + TimeSpan.FromMilliseconds(jitter);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpSourceOptions options, TimeProvider time, CancellationToken attemptToken)
    {
        if (outcome.Exception is { } exception)
        {
            return IsTransient(exception, attemptToken);
        }

        var response = outcome.Result!;
        if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            var wait = RetryAfter.GetDelay(response.Headers, time.GetUtcNow());
            return wait is null || wait <= options.MaxRetryAfter;
        }

        return false;
    }

    internal static bool IsTransient(Exception exception, CancellationToken callerToken) => exception switch
    {
        TimeoutRejectedException or TransientPayloadException or HttpRequestException or IOException => true,

        // A cancellation nobody asked for (a handler's own timeout) is a transport fault.
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    internal static string Describe(Outcome<HttpResponseMessage> outcome, HttpSourceOptions options) =>
        outcome.Exception is { } exception
            ? Describe(exception, options)
            : $"HTTP {(int)outcome.Result!.StatusCode} {outcome.Result.ReasonPhrase}";

    internal static string Describe(Exception exception, HttpSourceOptions options) => exception switch
    {
        TimeoutRejectedException timeout when timeout.Timeout > options.AttemptTimeout =>
            $"no complete answer within the {timeout.Timeout.TotalSeconds:0.###} s allowed to the whole request (all attempts)",
        TimeoutRejectedException => $"no complete answer within {options.AttemptTimeout.TotalSeconds:0.###} s",
        OperationCanceledException => "the HTTP client timed out",
        TransientPayloadException => exception.Message,
        HttpIOException => $"the body was cut short ({exception.Message})",
        HttpRequestException { InnerException: { } inner } => $"network error: {exception.Message} ({inner.Message})",
        HttpRequestException => $"network error: {exception.Message}",
        _ => exception.Message,
    };
}
