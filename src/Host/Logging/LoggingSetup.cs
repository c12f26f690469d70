using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Extensions.Logging;

namespace DataInclusion.Host.Logging;

/// <summary>
/// Serilog for the whole process: readable lines on a terminal, one JSON object per event otherwise (CI, containers,
/// log shippers). The <c>Serilog</c> configuration section can override levels and sinks.
/// </summary>
internal static class LoggingSetup
{
    public static Serilog.ILogger CreateLogger(IConfiguration configuration, bool interactive)
    {
        var config = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .ReadFrom.Configuration(configuration);

        // On a terminal the progress bars and the summary table tell each step; only errors interrupt them.
        config = interactive
            ? config.WriteTo.Console(
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                restrictedToMinimumLevel: LogEventLevel.Error,
                standardErrorFromLevel: LogEventLevel.Verbose)
            : config.WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Verbose);
        return config.CreateLogger();
    }

    public static ILoggerFactory CreateFactory(Serilog.ILogger logger) => new SerilogLoggerFactory(logger, dispose: false);
}
