using DataInclusion.Host.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.OpenData;

/// <summary>The one way the host builds the exporter: the <c>export</c> command and the web host's jobs use the same one.</summary>
internal static class OpenDataSetup
{
    public static IOpenDataExporter CreateOpenDataExporter(this HostRuntime runtime) =>
        new OpenDataExporter(runtime.Database.DataSource, SourceRegistry.All, runtime.Time, runtime.LoggerFactory.CreateLogger<OpenDataExporter>());

    public static IServiceCollection AddOpenDataExporter(this IServiceCollection services, HostRuntime runtime) =>
        services.AddSingleton(runtime.CreateOpenDataExporter());
}
