using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace DataInclusion.Host.Web.Access;

/// <summary>
/// ASP.NET Core's rate limiter over the API paths: a fixed window of one minute per token (its own limit, else
/// <c>Api__RateLimit__PerMinute</c>) and per client address for requests without a valid token; 429 with
/// <c>Retry-After</c> and a JSON body beyond. A global limiter keyed by path, not an endpoint policy, so that every
/// endpoint under <c>/api/v1</c> is covered as soon as it is mapped. Per instance: behind n instances a client gets up
/// to n times the limit. Behind a reverse proxy the address is the proxy's unless forwarded headers are configured.
/// </summary>
internal static class ApiRateLimiting
{
    private static readonly TimeSpan s_window = TimeSpan.FromMinutes(1);

    public static void Configure(RateLimiterOptions limiter, ApiAccessOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options.RateLimit.PerMinute));
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : s_window;
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await rejected.HttpContext.Response.WriteAsJsonAsync(
                new { error = "limite.depassee", message = $"Trop de requêtes : réessayez dans {seconds} s (limite par minute de votre jeton ou de votre adresse)." },
                cancellationToken);
        };
    }

    private static RateLimitPartition<string> Partition(HttpContext context, int perMinute)
    {
        if (perMinute <= 0 || !ApiPaths.IsApi(context))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        // A token counts only once accepted: refused requests (bad token, wrong origin) spend their address's permits.
        var state = ApiAccess.State(context);
        var (key, limit) = state is { Token: { } token, Refusal: null }
            ? ("token:" + token.Name, token.RateLimitPerMinute ?? perMinute)
            : ("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), perMinute);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = s_window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
