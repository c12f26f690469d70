using Microsoft.AspNetCore.Http;
using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;

namespace DataInclusion.Host.Logging;

/// <summary>
/// One event per HTTP request (Serilog's request logging: method, path, status, elapsed), carrying the GraphQL operation
/// name when <c>/graphql</c> ran one. Successful health probes are not logged: orchestrators poll them every few seconds.
/// </summary>
internal static class RequestLogging
{
    /// <summary>The property that names the GraphQL operation of a request.</summary>
    public const string OperationNameProperty = "GraphQLOperationName";

    public static void Configure(RequestLoggingOptions options, Serilog.ILogger logger)
    {
        // Without it the middleware writes to the static Log.Logger, which this process never sets.
        options.Logger = logger;
        options.GetLevel = Level;
    }

    /// <summary>Adds the operation name to the request's event (nothing for anonymous operations).</summary>
    public static void SetOperationName(IDiagnosticContext diagnostics, string? operationName)
    {
        if (operationName is not null)
        {
            diagnostics.Set(OperationNameProperty, operationName);
        }
    }

    private static LogEventLevel Level(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal) ? LogEventLevel.Debug
        : LogEventLevel.Information;
}
