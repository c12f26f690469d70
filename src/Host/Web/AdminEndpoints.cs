using DataInclusion.Host.OpenData;
using DataInclusion.Host.OpenData.DataGouv;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Scheduling;
using DataInclusion.Host.Storage;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace DataInclusion.Host.Web;

/// <summary><c>/admin/sources</c>: the operators' page — each source's schedule, last runs and validation errors; and its "run now".</summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints, HostRuntime runtime)
    {
        endpoints.MapGet("/admin/sources", async (HttpContext context, NpgsqlDataSource dataSource, JobStorage jobStorage, CancellationToken cancellationToken) =>
        {
            if (AdminAuthorization.Check(context, Environment.GetEnvironmentVariable(AdminAuthorization.TokenVariable)) is { } refusal)
            {
                return refusal;
            }

            var runs = await new RunStore(dataSource, runtime.Time).LatestAsync(10, cancellationToken);
            var nextFireTimes = await Task.Run(() => NextFireTimes.Read(jobStorage), cancellationToken);
            var reports = new ValidationReportStore(dataSource);
            var duplicates = await new ClusterReportStore(dataSource).CrossSourceAsync(cancellationToken);
            var sections = new List<AdminSourceView>();
            foreach (var source in await new SourceCatalog(dataSource, runtime.Time).AllAsync(cancellationToken))
            {
                sections.Add(new AdminSourceView(
                    source,
                    SourceSchedules.ScheduleOf(runtime.Configuration, source),
                    nextFireTimes.TryGetValue(source.Slug, out var next) ? next : null,
                    source.MissingVariables(Environment.GetEnvironmentVariable),
                    runs.Where(r => r.Source == source.Slug).ToList(),
                    await reports.LatestGroupsAsync(source.Slug, cancellationToken),
                    duplicates.GetValueOrDefault(source.Slug)));
            }

            var openData = AdminOpenDataSection.Render(
                await new OpenDataExportStore(dataSource, runtime.Time).LatestAsync(5, cancellationToken),
                await new DataGouvResourceStore(dataSource, runtime.Time).AllAsync(cancellationToken),
                DataGouvOptions.From(runtime.Configuration, Environment.GetEnvironmentVariable).Enabled);
            return Results.Content(AdminPage.Render(sections, runtime.Time.GetUtcNow(), openData), "text/html; charset=utf-8");
        });

        // "Trigger now" for scripts: the run is queued and taken by whichever instance runs jobs. Bearer only: a browser
        // resends Basic credentials by itself, so a page elsewhere could otherwise post here on an admin's behalf.
        endpoints.MapPost("/admin/sources/{slug}/run", async (HttpContext context, string slug, IBackgroundJobClient jobs, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        {
            if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return Results.Text("Send the admin token as a bearer token.", statusCode: StatusCodes.Status401Unauthorized);
            }

            if (AdminAuthorization.Check(context, Environment.GetEnvironmentVariable(AdminAuthorization.TokenVariable)) is { } refusal)
            {
                return refusal;
            }

            return await new SourceCatalog(dataSource, runtime.Time).FindAsync(slug, cancellationToken) is null
                ? Results.NotFound(new { error = $"no source is named {slug}" })
                : Results.Json(new { jobId = jobs.EnqueueRun(slug) }, statusCode: StatusCodes.Status202Accepted);
        });
        return endpoints;
    }
}
