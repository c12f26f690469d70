using DataInclusion.Host.Producers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Web.Producers;

/// <summary>
/// Checks a producer's token for a request on <c>{slug}</c>: 401 for a missing, unknown or revoked token, 403 for
/// another producer's token, 429 once a client address has had too many refusals.
/// </summary>
internal sealed class ProducerGate(ProducerStore producers, FailedAttemptLimiter limiter, ILogger<ProducerGate> logger)
{
    /// <summary>The refusal, or null when <paramref name="token"/> is <paramref name="slug"/>'s active token.</summary>
    public async Task<ProducerRefusal?> CheckAsync(HttpContext context, string slug, string? token, CancellationToken cancellationToken)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.RetryAfter(client) is { } wait)
        {
            return new ProducerRefusal(StatusCodes.Status429TooManyRequests, "jeton.trop_de_tentatives",
                $"Trop de jetons refusés depuis votre adresse : réessayez dans {Math.Ceiling(wait.TotalMinutes)} min.", wait);
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            return new ProducerRefusal(StatusCodes.Status401Unauthorized, "jeton.absent",
                "Jeton manquant : envoyez l'en-tête « Authorization: Bearer <jeton> » avec le jeton de votre compte producteur.");
        }

        var check = await producers.CheckAsync(slug, token, cancellationToken);
        if (check == TokenCheck.Valid)
        {
            return null;
        }

        limiter.RecordFailure(client);
        logger.TokenRefused(slug, client, check.ToString());
        return check == TokenCheck.OtherProducer
            ? new ProducerRefusal(StatusCodes.Status403Forbidden, "jeton.autre_producteur",
                $"Ce jeton appartient à un autre producteur : il ne donne aucun droit sur « {slug} ».")
            : new ProducerRefusal(StatusCodes.Status401Unauthorized, "jeton.invalide",
                "Jeton inconnu ou révoqué : demandez un nouveau jeton à l'équipe qui gère votre compte.");
    }

    /// <summary>The bearer token of the request, if any.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    public static IResult Json(HttpContext context, ProducerRefusal refusal)
    {
        if (refusal.Status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"DataInclusion producteurs\"";
        }

        if (refusal.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.Json(new { error = refusal.Code, message = refusal.Message }, statusCode: refusal.Status);
    }
}
