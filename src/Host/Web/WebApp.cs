using DataInclusion.Host.Scheduling;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;

namespace DataInclusion.Host.Web;

/// <summary>The HTTP side: composes the endpoints over the runtime's database.</summary>
internal static class WebApp
{
    public static WebApplication Build(HostRuntime runtime, string urls, bool withScheduler, JobStorage jobStorage, HttpClient http)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WebApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new SerilogLoggerProvider(runtime.Serilog));
        builder.Services.AddSingleton(runtime.Database.DataSource);
        builder.Services.AddSingleton(runtime.Time);
        builder.Services.AddSingleton(runtime);
        builder.Services.AddDataInclusionJobs(runtime, jobStorage, withScheduler, http);
        // The admin pages accept HTTP Basic, which browsers resend on their own: the jobs dashboard's actions (trigger,
        // requeue, delete) then need its anti-forgery token, which Hangfire checks whenever the service exists.
        builder.Services.AddAntiforgery();

        var app = builder.Build();
        app.MapHealth();
        app.MapAdmin(runtime);
        app.UseJobsDashboard();
        app.MapDataInclusionGraphQL(runtime);
        return app;
    }

    public static async Task RunAsync(HostRuntime runtime, string urls, bool withScheduler, CancellationToken cancellationToken)
    {
        using var http = Sources.Http.SourceHttpClient.Create();
        var jobStorage = await JobStorageFactory.CreateAsync(runtime, cancellationToken);
        await using var app = Build(runtime, urls, withScheduler, jobStorage, http);
        await app.RunAsync(cancellationToken);
    }
}
