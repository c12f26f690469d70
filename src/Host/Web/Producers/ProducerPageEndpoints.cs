using DataInclusion.Host.Producers;
using DataInclusion.Host.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DataInclusion.Host.Web.Producers;

/// <summary>
/// <c>/producteurs/{slug}</c>: the producer's own page, for its token only — sent as a bearer token (scripts) or
/// typed in the page's form (browsers). Never cached: it is only ever shown to the token's holder.
/// </summary>
internal static class ProducerPageEndpoints
{
    private const int LastSubmissions = 10;
    private const long MaxFormBytes = 4096;

    public static IEndpointRouteBuilder MapProducerPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/producteurs/{slug}", (HttpContext context, string slug, ProducerGate gate, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            ProducerGate.BearerToken(context.Request) is { } token
                ? RenderAsync(context, slug, token, gate, dataSource, cancellationToken)
                : Task.FromResult(Html(context, ProducerPage.RenderLogin(slug, null), StatusCodes.Status200OK)));

        endpoints.MapPost("/producteurs/{slug}", async (HttpContext context, string slug, ProducerGate gate, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        {
            if (context.Request.ContentLength is null or > MaxFormBytes || !context.Request.HasFormContentType)
            {
                return Html(context, ProducerPage.RenderLogin(slug, "Formulaire invalide : saisissez votre jeton dans le champ prévu."), StatusCodes.Status400BadRequest);
            }

            var form = await context.Request.ReadFormAsync(cancellationToken);
            return await RenderAsync(context, slug, form["jeton"].ToString(), gate, dataSource, cancellationToken);
        });
        return endpoints;
    }

    private static async Task<IResult> RenderAsync(HttpContext context, string slug, string token, ProducerGate gate, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (await gate.CheckAsync(context, slug, token, cancellationToken) is { } refusal)
        {
            if (refusal.Status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer realm=\"DataInclusion producteurs\"";
            }

            if (refusal.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Html(context, ProducerPage.RenderLogin(slug, refusal.Message), refusal.Status);
        }

        var services = context.RequestServices;
        var producer = (await services.GetRequiredService<ProducerStore>().FindAsync(slug, cancellationToken))!;
        var reports = services.GetRequiredService<ValidationReportStore>();
        var submissions = new List<(SubmissionRecord, IReadOnlyList<IssueGroup>)>();
        foreach (var submission in await services.GetRequiredService<SubmissionStore>().LatestAsync(slug, LastSubmissions, cancellationToken))
        {
            submissions.Add((submission, submission.RunId is { } runId ? await reports.RunGroupsAsync(runId, cancellationToken) : []));
        }

        var published = await PublishedSummary.ReadAsync(dataSource, slug, cancellationToken);
        return Html(context, ProducerPage.Render(producer, published, submissions), StatusCodes.Status200OK);
    }

    private static IResult Html(HttpContext context, string html, int status)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
