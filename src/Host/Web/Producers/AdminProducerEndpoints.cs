using DataInclusion.Host.Producers;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DataInclusion.Host.Web.Producers;

/// <summary><c>/admin/producers</c>: the admin token (as on <c>/admin/sources</c>), plus the anti-forgery token on every POST.</summary>
internal static class AdminProducerEndpoints
{
    public static IEndpointRouteBuilder MapAdminProducers(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/producers", (HttpContext context, ProducerStore producers, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
            RespondAsync(context, producers, antiforgery, null, null, StatusCodes.Status200OK, cancellationToken));

        endpoints.MapPost("/admin/producers", (HttpContext context, ProducerAdmin admin, ProducerStore producers, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
            ActAsync(context, producers, antiforgery, async form =>
            {
                var (token, problem) = await admin.AddAsync(form["slug"].ToString().Trim(), form["name"].ToString(), form["contact"].ToString(),
                    form["openData"] == "true", cancellationToken);
                return (problem ?? $"Producer {form["slug"]} added.", token, problem is null);
            }, cancellationToken));

        endpoints.MapPost("/admin/producers/{slug}/rotate", (HttpContext context, string slug, ProducerAdmin admin, ProducerStore producers, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
            ActAsync(context, producers, antiforgery, async _ =>
            {
                var (token, problem) = await admin.RotateAsync(slug, cancellationToken);
                return (problem ?? $"New token for {slug}: the previous one no longer works.", token, problem is null);
            }, cancellationToken));

        endpoints.MapPost("/admin/producers/{slug}/revoke", (HttpContext context, string slug, ProducerAdmin admin, ProducerStore producers, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
            ActAsync(context, producers, antiforgery, async _ =>
            {
                var problem = await admin.RevokeAsync(slug, cancellationToken);
                return (problem ?? $"Token of {slug} revoked.", null, problem is null);
            }, cancellationToken));

        endpoints.MapPost("/admin/producers/{slug}/feed", (HttpContext context, string slug, FeedRegistration feeds, ProducerStore producers, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
            ActAsync(context, producers, antiforgery, async form =>
            {
                var feed = new ProducerFeed(Value(form, "structures"), Value(form, "services"), Value(form, "classeur"), Value(form, "schedule"));
                var problem = await feeds.RegisterAsync(slug, feed, cancellationToken);
                return (problem ?? $"Feed of {slug} saved.", null, problem is null);
            }, cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> ActAsync(
        HttpContext context, ProducerStore producers, IAntiforgery antiforgery, Func<IFormCollection, Task<(string Message, string? Token, bool Done)>> action,
        CancellationToken cancellationToken)
    {
        if (AdminAuthorization.Check(context, Environment.GetEnvironmentVariable(AdminAuthorization.TokenVariable)) is { } refusal)
        {
            return refusal;
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Text("Forbidden: the form's anti-forgery token is missing or wrong (reload /admin/producers).", statusCode: StatusCodes.Status403Forbidden);
        }

        var (message, token, done) = await action(await context.Request.ReadFormAsync(cancellationToken));
        return await RespondAsync(context, producers, antiforgery, message, token, done ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, cancellationToken);
    }

    private static async Task<IResult> RespondAsync(
        HttpContext context, ProducerStore producers, IAntiforgery antiforgery, string? message, string? token, int status, CancellationToken cancellationToken)
    {
        if (AdminAuthorization.Check(context, Environment.GetEnvironmentVariable(AdminAuthorization.TokenVariable)) is { } refusal)
        {
            return refusal;
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Headers.CacheControl = "no-store";
        var html = AdminProducersPage.Render(await producers.ListAsync(cancellationToken), tokens.FormFieldName, tokens.RequestToken!, message, token);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static string? Value(IFormCollection form, string name) => string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString().Trim();
}
