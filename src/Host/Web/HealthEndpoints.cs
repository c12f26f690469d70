using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace DataInclusion.Host.Web;

/// <summary>
/// <c>/healthz</c>: 200 when the database and the job storage answer, 503 otherwise (for load balancers and compose
/// health checks). The job storage is asked through Hangfire itself, so a broken <c>hangfire</c> schema shows too.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (NpgsqlDataSource dataSource, JobStorage jobStorage, CancellationToken cancellationToken) =>
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(cancellationToken);
            }
            catch (NpgsqlException ex)
            {
                return Unavailable("database", ex);
            }

            try
            {
                // Hangfire's storage API is synchronous.
                await Task.Run(() => ProbeJobStorage(jobStorage), cancellationToken);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                return Unavailable("job storage", ex);
            }

            return Results.Json(new { status = "ok" });
        });
        return endpoints;
    }

    private static void ProbeJobStorage(JobStorage jobStorage)
    {
        using var connection = jobStorage.GetConnection();
        _ = ((JobStorageConnection)connection).GetSetCount("recurring-jobs");
    }

    private static IResult Unavailable(string what, Exception ex) =>
        Results.Json(new { status = "unavailable", component = what, error = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
}
