using DataInclusion.Host.Logging;
using DataInclusion.Host.Scheduling;
using DataInclusion.Sources.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace DataInclusion.Host.Web;

/// <summary>The HTTP side: composes the endpoints over the runtime's database.</summary>
internal static class WebApp
{
    public static WebApplication Build(HostRuntime runtime, string urls, bool withScheduler, ProducerClients producers)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WebApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // The process's logger (not disposed here: the runtime owns it), and the diagnostic context of request logging.
        builder.Services.AddSerilog(runtime.Serilog, dispose: false);
        builder.Services.AddSingleton(runtime.Database.DataSource);
        builder.Services.AddSingleton(runtime.Time);
        builder.Services.AddSingleton(runtime);
        if (withScheduler)
        {
            builder.Services.AddSingleton(runtime.CreateSourceRunner(producers));
            builder.Services.AddHostedService<SchedulerHostedService>();
        }

        var app = builder.Build();
        app.UseSerilogRequestLogging(options => RequestLogging.Configure(options, runtime.Serilog));
        app.MapHealth();
        app.MapAdmin(runtime);
        app.MapDataInclusionGraphQL(runtime);
        return app;
    }

    public static async Task RunAsync(HostRuntime runtime, string urls, bool withScheduler, CancellationToken cancellationToken)
    {
        using var producers = runtime.CreateProducerClients();
        await using var app = Build(runtime, urls, withScheduler, producers);
        await app.RunAsync(cancellationToken);
    }
}
