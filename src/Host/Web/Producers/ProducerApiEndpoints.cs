using DataInclusion.Host.Producers;
using DataInclusion.Host.Scheduling;
using DataInclusion.Host.Storage;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Web.Producers;

/// <summary>
/// The producers' API: push a submission (<c>202</c>, processed by a job), follow it, and register a pull feed. Every
/// call needs the producer's own token as a bearer token.
/// </summary>
internal static class ProducerApiEndpoints
{
    private const int MaxIdempotencyKeyLength = 200;

    public static IEndpointRouteBuilder MapProducerApi(this IEndpointRouteBuilder endpoints)
    {
        var producer = endpoints.MapGroup("/api/v1/producers/{slug}");
        producer.MapPost("/submissions", PushAsync);
        producer.MapGet("/submissions/{id:guid}", GetAsync);
        producer.MapPut("/feed", RegisterFeedAsync);
        return endpoints;
    }

    private static async Task<IResult> PushAsync(
        HttpContext context, string slug, ProducerGate gate, SubmissionStore submissions, IBackgroundJobClient jobs, ProducerOptions options,
        ILogger<SubmissionStore> logger, CancellationToken cancellationToken)
    {
        if (await gate.CheckAsync(context, slug, ProducerGate.BearerToken(context.Request), cancellationToken) is { } refusal)
        {
            return ProducerGate.Json(context, refusal);
        }

        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > MaxIdempotencyKeyLength || key.Any(char.IsControl))
        {
            return ProducerGate.Json(context, new ProducerRefusal(StatusCodes.Status400BadRequest, "requete.cle_idempotence_invalide",
                $"L'en-tête Idempotency-Key doit faire au plus {MaxIdempotencyKeyLength} caractères imprimables."));
        }

        // A replay is answered before its body is read: the first request's submission stands.
        if (key.Length > 0 && await submissions.FindByKeyAsync(slug, key, cancellationToken) is { } existing)
        {
            return await AcceptedAsync(context, slug, existing, submissions, jobs, cancellationToken);
        }

        var (files, problem) = await SubmissionReader.ReadAsync(context.Request, options.MaxSubmissionBytes, cancellationToken);
        if (problem is not null)
        {
            return ProducerGate.Json(context, problem);
        }

        var (id, _) = await submissions.CreateAsync(slug, key.Length > 0 ? key : null, files, cancellationToken);
        logger.SubmissionReceived(slug, id, files.Count, files.Sum(f => (long)f.Content.Length));
        return await AcceptedAsync(context, slug, id, submissions, jobs, cancellationToken);
    }

    /// <summary>202 with the submission; its job is queued unless it already was (a crash between the two is healed by a replay).</summary>
    private static async Task<IResult> AcceptedAsync(
        HttpContext context, string slug, Guid id, SubmissionStore submissions, IBackgroundJobClient jobs, CancellationToken cancellationToken)
    {
        var submission = (await submissions.GetAsync(id, cancellationToken))!;
        if (submission.JobId is null && !SubmissionStatus.IsFinal(submission.Status))
        {
            await submissions.SetJobAsync(id, SubmissionJob.Enqueue(jobs, id), cancellationToken);
        }

        var location = $"/api/v1/producers/{slug}/submissions/{id}";
        context.Response.Headers.Location = location;
        return Results.Json(new { id, status = submission.Status, location }, statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> GetAsync(
        HttpContext context, string slug, Guid id, ProducerGate gate, SubmissionStore submissions, ValidationReportStore reports, CancellationToken cancellationToken)
    {
        if (await gate.CheckAsync(context, slug, ProducerGate.BearerToken(context.Request), cancellationToken) is { } refusal)
        {
            return ProducerGate.Json(context, refusal);
        }

        if (await submissions.GetAsync(id, cancellationToken) is not { } submission || submission.Producer != slug)
        {
            return Results.Json(new { error = "envoi.inconnu", message = $"Aucun envoi {id} pour « {slug} »." }, statusCode: StatusCodes.Status404NotFound);
        }

        var groups = submission.RunId is { } runId ? await reports.RunGroupsAsync(runId, cancellationToken) : [];
        return Results.Json(SubmissionJson.Describe(submission, groups));
    }

    private static async Task<IResult> RegisterFeedAsync(
        HttpContext context, string slug, FeedRequest request, ProducerGate gate, FeedRegistration registration, CancellationToken cancellationToken)
    {
        if (await gate.CheckAsync(context, slug, ProducerGate.BearerToken(context.Request), cancellationToken) is { } refusal)
        {
            return ProducerGate.Json(context, refusal);
        }

        var feed = new ProducerFeed(request.Structures, request.Services, request.Classeur, string.IsNullOrWhiteSpace(request.Schedule) ? null : request.Schedule);
        var problem = feed.Problem() ?? await FeedAddressGuard.ProblemAsync(feed, cancellationToken) ?? await registration.RegisterAsync(slug, feed, cancellationToken);
        return problem is not null
            ? Results.Json(new { error = "flux.invalide", message = problem }, statusCode: StatusCodes.Status400BadRequest)
            : Results.Json(new { feed.Streams, schedule = feed.IsPulled ? feed.Schedule ?? ProducerSource.DefaultSchedule : null });
    }
}

/// <summary>The body of <c>PUT /api/v1/producers/{slug}/feed</c>: URLs (all absent: push only) and an optional cron.</summary>
internal sealed record FeedRequest(string? Structures, string? Services, string? Classeur, string? Schedule);
