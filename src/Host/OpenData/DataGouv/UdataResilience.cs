using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>
/// The standard resilience handler of the udata client: retries network errors, attempt timeouts, 5xx, 408 and 429
/// with exponential backoff and jitter; 4xx answers (401 bad key, 413 too large, 400) are final. A request marked
/// <see cref="NoRetry"/> (creating a resource) is never sent twice.
/// </summary>
internal static class UdataResilience
{
    /// <summary>Refit <c>[Property]</c> key (a request option) of the requests that must not be retried.</summary>
    public const string NoRetry = "datainclusion.no-retry";

    private static readonly HttpRequestOptionsKey<object?> s_noRetryKey = new(NoRetry);

    public static void Configure(HttpStandardResilienceOptions standard, DataGouvOptions options, ILogger logger)
    {
        var attempts = Math.Max(1, options.MaxAttempts);
        standard.AttemptTimeout.Timeout = options.AttemptTimeout;
        // Every attempt may use its whole timeout and every wait the longest backoff (1 min): only a runaway stops here.
        standard.TotalRequestTimeout.Timeout = options.AttemptTimeout * attempts + TimeSpan.FromMinutes(1.1) * (attempts - 1) + TimeSpan.FromSeconds(1);

        var retry = standard.Retry;
        retry.MaxRetryAttempts = Math.Max(1, attempts - 1);
        retry.BackoffType = DelayBackoffType.Exponential;
        retry.Delay = options.BaseDelay;
        retry.MaxDelay = TimeSpan.FromMinutes(1);
        retry.UseJitter = true;
        retry.ShouldHandle = args => ValueTask.FromResult(attempts > 1 && ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), args.Context.CancellationToken));
        retry.OnRetry = args =>
        {
            var request = args.Context.GetRequestMessage();
            logger.Retrying(args.AttemptNumber + 1, attempts, request?.Method, request?.RequestUri?.AbsolutePath, args.RetryDelay, Describe(args.Outcome));
            return default;
        };

        // One publication is a handful of sequential requests: a breaker opening halfway would only fail the files after
        // it. Its sampling window must still be at least twice the attempt timeout for the options to validate.
        standard.CircuitBreaker.ShouldHandle = static _ => ValueTask.FromResult(false);
        var window = options.AttemptTimeout * 2;
        standard.CircuitBreaker.SamplingDuration = window > standard.CircuitBreaker.SamplingDuration ? window : standard.CircuitBreaker.SamplingDuration;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, CancellationToken attemptToken)
    {
        if (request is not null && request.Options.TryGetValue(s_noRetryKey, out var noRetry) && noRetry is true)
        {
            return false;
        }

        if (outcome.Exception is { } exception)
        {
            return exception is TimeoutRejectedException or HttpRequestException or IOException
                || (exception is OperationCanceledException && !attemptToken.IsCancellationRequested);
        }

        var status = outcome.Result!.StatusCode;
        return (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
    }

    internal static string Describe(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        TimeoutRejectedException timeout => $"no answer within {timeout.Timeout.TotalSeconds:0.###} s",
        { } exception => exception.Message,
        null => $"HTTP {(int)outcome.Result!.StatusCode} {outcome.Result.ReasonPhrase}",
    };
}
