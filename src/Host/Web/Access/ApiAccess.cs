using DataInclusion.Host.Api;
using DataInclusion.Host.Api.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataInclusion.Host.Web.Access;

/// <summary>
/// Resolves who calls the API (<see cref="ApiPaths"/>) from <c>Authorization: Bearer</c>: an active token, anonymous,
/// or a refusal — 401 for an unknown or revoked token (or none when <c>Api__RequireToken</c>), 403 for a token used
/// from a browser origin it does not allow. Two steps around the rate limiter: <see cref="ResolveAsync"/> runs first
/// (the limiter partitions by the token it found), <see cref="GateAsync"/> after it writes the refusal, so a client
/// sending bad tokens is limited by its address like any anonymous one.
/// </summary>
internal static class ApiAccess
{
    /// <summary>
    /// The caller of an API request, as the access middleware resolved it: the one way an HTTP door learns whose
    /// request it serves (pass <see cref="ApiCaller.Visibility"/> to the query layer). Anonymous outside the API paths.
    /// </summary>
    public static ApiCaller Caller(HttpContext context) => context.Features.Get<ApiAccessState>()?.Caller ?? ApiCaller.Anonymous;

    internal static ApiAccessState? State(HttpContext context) => context.Features.Get<ApiAccessState>();

    public static async Task ResolveAsync(HttpContext context, RequestDelegate next)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<ApiAccessOptions>>().Value;
        var cache = context.RequestServices.GetRequiredService<ApiTokenCache>();
        var restricted = context.RequestServices.GetRequiredService<RestrictedSources>();
        context.Features.Set(await StateAsync(context.Request, options, cache, restricted, context.RequestAborted));
        await next(context);
    }

    public static async Task GateAsync(HttpContext context, RequestDelegate next)
    {
        if (State(context)?.Refusal is not { } refusal)
        {
            await next(context);
            return;
        }

        if (refusal.Status == StatusCodes.Status401Unauthorized)
        {
            // RFC 6750 §3: the scheme, and why a token that was sent is refused.
            context.Response.Headers.WWWAuthenticate = refusal.Code == "jeton.invalide"
                ? "Bearer realm=\"DataInclusion API\", error=\"invalid_token\""
                : "Bearer realm=\"DataInclusion API\"";
        }

        await Results.Json(new { error = refusal.Code, message = refusal.Message }, statusCode: refusal.Status).ExecuteAsync(context);
    }

    private static async Task<ApiAccessState> StateAsync(
        HttpRequest request, ApiAccessOptions options, ApiTokenCache cache, RestrictedSources restricted, CancellationToken cancellationToken)
    {
        var presented = BearerToken(request);
        if (presented is null)
        {
            return options.RequireToken && !ApiPaths.IsOpenWithoutToken(request)
                ? Refused(StatusCodes.Status401Unauthorized, "jeton.absent",
                    "Jeton requis : envoyez l'en-tête « Authorization: Bearer <jeton> » avec votre jeton d'accès à l'API.")
                : new ApiAccessState(ApiCaller.AnonymousOver(await restricted.CurrentAsync(cancellationToken)), null, null);
        }

        var token = await cache.FindAsync(presented, cancellationToken);
        if (token is null)
        {
            return Refused(StatusCodes.Status401Unauthorized, "jeton.invalide", "Jeton inconnu ou révoqué : demandez un nouveau jeton à l'équipe du référentiel.");
        }

        var origin = request.Headers.Origin.ToString();
        return token.AcceptsOrigin(origin)
            ? new ApiAccessState(token.ToCaller(await restricted.CurrentAsync(cancellationToken)), token, null)
            : new ApiAccessState(ApiCaller.Anonymous, token, new ApiRefusal(StatusCodes.Status403Forbidden, "jeton.origine_refusee",
                $"Ce jeton n'est pas utilisable depuis l'origine « {origin} » : les origines autorisées sont {string.Join(", ", token.AllowedOrigins)}."));
    }

    private static ApiAccessState Refused(int status, string code, string message) => new(ApiCaller.Anonymous, null, new ApiRefusal(status, code, message));

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header["Bearer ".Length..].Trim() is { Length: > 0 } token ? token : null;
    }
}
