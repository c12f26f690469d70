using System.Net;
using DataInclusion.Sources.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Timeout;

namespace DataInclusion.Sources.Tests.Http;

public sealed class ProducerResilienceTests
{
    private static readonly HttpSourceOptions s_options = new() { MaxRetryAfter = TimeSpan.FromMinutes(2) };

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, null, true)]
    [InlineData(HttpStatusCode.BadGateway, null, true)]
    [InlineData(HttpStatusCode.RequestTimeout, null, true)]
    [InlineData(HttpStatusCode.TooManyRequests, "60", true)]
    [InlineData(HttpStatusCode.TooManyRequests, "600", false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, "600", false)]
    [InlineData(HttpStatusCode.NotFound, null, false)]
    [InlineData(HttpStatusCode.Unauthorized, null, false)]
    public void ShouldRetry_Status(HttpStatusCode status, string? retryAfter, bool expected)
    {
        using var response = new HttpResponseMessage(status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        Assert.Equal(expected, ProducerResilience.ShouldRetry(Outcome.FromResult(response), s_options, TimeProvider.System, CancellationToken.None));
    }

    [Fact]
    public void ShouldRetry_AttemptTimeoutOrCutBody_Yes()
    {
        Assert.True(ProducerResilience.IsTransient(new TimeoutRejectedException(), CancellationToken.None));
        Assert.True(ProducerResilience.IsTransient(new HttpIOException(HttpRequestError.ResponseEnded), CancellationToken.None));
    }

    [Fact]
    public void ShouldRetry_CancellationAskedByTheCaller_No()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.False(ProducerResilience.IsTransient(new OperationCanceledException(cancelled.Token), cancelled.Token));
        Assert.True(ProducerResilience.IsTransient(new TaskCanceledException(), CancellationToken.None));
    }

    [Fact]
    public void RetryAfterDelay_AddsAtMostTenPercentOfJitter()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "7");
        var options = new HttpSourceOptions { UseJitter = true };

        for (var i = 0; i < 50; i++)
        {
            var delay = ProducerResilience.RetryAfterDelay(Outcome.FromResult(response), options, TimeProvider.System)!.Value;
            Assert.InRange(delay, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7.7));
        }
    }

    [Fact]
    public void TotalTimeout_CoversEveryAttemptAndTheLongestWaits()
    {
        var options = new HttpSourceOptions();

        // The standard handler's 30 s would stop a slow producer's first attempt (100 s allowed) midway.
        Assert.True(options.TotalTimeout > options.AttemptTimeout * options.MaxAttempts + options.MaxRetryAfter * (options.MaxAttempts - 1));
        Assert.InRange(options.TotalTimeout, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(20));
    }

    [Fact]
    public void Configure_SetsTheStandardHandlerFromTheOptions()
    {
        var options = new HttpSourceOptions { MaxAttempts = 3, AttemptTimeout = TimeSpan.FromSeconds(40), BaseDelay = TimeSpan.FromSeconds(5) };
        var standard = new HttpStandardResilienceOptions();

        ProducerResilience.Configure(standard, options, TimeProvider.System, NullLogger.Instance);

        Assert.Equal(TimeSpan.FromSeconds(40), standard.AttemptTimeout.Timeout);
        Assert.Equal(options.TotalTimeout, standard.TotalRequestTimeout.Timeout);
        Assert.Equal(2, standard.Retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(5), standard.Retry.Delay);
        Assert.True(standard.CircuitBreaker.SamplingDuration >= TimeSpan.FromSeconds(80));
    }
}
