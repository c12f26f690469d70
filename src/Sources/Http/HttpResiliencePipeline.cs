using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace DataInclusion.Sources.Http;

/// <summary>Builds the retry + per-attempt timeout pipeline every connector request goes through.</summary>
public static class HttpResiliencePipeline
{
    internal static readonly ResiliencePropertyKey<HttpFetchRequest> RequestKey = new("DataInclusion.Request");

    /// <summary>
    /// Retries 5xx, 408, 429, network errors, attempt timeouts and unusable 2xx bodies with exponential backoff
    /// and jitter; a <c>Retry-After</c> header sets the delay instead, unless it exceeds
    /// <see cref="HttpSourceOptions.MaxRetryAfter"/>, in which case the answer is final.
    /// </summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(HttpSourceOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                UseJitter = options.UseJitter,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, options, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome, options, timeProvider)),
                OnRetry = args =>
                {
                    args.Context.Properties.TryGetValue(RequestKey, out var request);
                    SourceLog.Retrying(
                        logger,
                        request?.Source,
                        request?.Stream,
                        request?.Method,
                        request?.Url,
                        args.RetryDelay,
                        args.AttemptNumber + 1,
                        options.MaxAttempts,
                        Describe(args.Outcome, options));
                    return default;
                },
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
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

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, HttpSourceOptions options, TimeProvider time)
    {
        if (outcome.Exception is { } exception)
        {
            return IsTransient(exception, context.CancellationToken);
        }

        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            var wait = RetryAfter.GetDelay(response.Headers, time.GetUtcNow());
            return wait is null || wait <= options.MaxRetryAfter;
        }

        return false;
    }

    internal static bool IsTransient(Exception exception, CancellationToken callerToken) => exception switch
    {
        TimeoutRejectedException or TransientPayloadException or HttpRequestException or IOException => true,

        // HttpClient.Timeout fires as a cancellation the caller did not ask for.
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    internal static string Describe(Outcome<HttpResponseMessage> outcome, HttpSourceOptions options) =>
        outcome.Exception is { } exception
            ? Describe(exception, options)
            : $"HTTP {(int)outcome.Result!.StatusCode} {outcome.Result.ReasonPhrase}";

    internal static string Describe(Exception exception, HttpSourceOptions options) => exception switch
    {
        TimeoutRejectedException => $"no complete answer within {options.AttemptTimeout.TotalSeconds:0.###} s",
        OperationCanceledException => "the HTTP client timed out",
        TransientPayloadException => exception.Message,
        HttpIOException => $"the body was cut short ({exception.Message})",
        HttpRequestException { InnerException: { } inner } => $"network error: {exception.Message} ({inner.Message})",
        HttpRequestException => $"network error: {exception.Message}",
        _ => exception.Message,
    };
}
