using DataInclusion.Host.Logging;
using DataInclusion.Host.OpenData;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Rest;
using DataInclusion.Host.Scheduling;
using DataInclusion.Host.Validation;
using DataInclusion.Host.Web.Access;
using DataInclusion.Host.Web.Home;
using DataInclusion.Host.Web.Producers;
using DataInclusion.Sources.Http;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace DataInclusion.Host.Web;

/// <summary>The HTTP side: composes the endpoints over the runtime's database.</summary>
internal static class WebApp
{
    public static WebApplication Build(HostRuntime runtime, string urls, bool withScheduler, JobStorage jobStorage, ProducerClients producers)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WebApp).Assembly.GetName().Name });
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // The process's logger (not disposed here: the runtime owns it), and the diagnostic context of request logging.
        builder.Services.AddSerilog(runtime.Serilog, dispose: false);
        builder.Services.AddSingleton(runtime.Database.DataSource);
        builder.Services.AddSingleton(runtime.Time);
        builder.Services.AddSingleton(runtime);
        builder.Services.AddSingleton(new SourceCatalog(runtime.Database.DataSource, runtime.Time));
        builder.Services.AddProducers(runtime);
        builder.Services.AddApiAccess(runtime.Configuration, runtime.Database.DataSource, runtime.Time);
        builder.Services.AddApiReads(runtime);
        builder.Services.AddApiResponseCache(runtime.Configuration, runtime.Database.ConnectionString, runtime.Time, runtime.MartsChanged);
        builder.Services.AddRestV1();
        builder.Services.AddDataInclusionJobs(runtime, jobStorage, withScheduler, producers);
        // The admin pages accept HTTP Basic, which browsers resend on their own: the jobs dashboard's actions (trigger,
        // requeue, delete) then need its anti-forgery token, which Hangfire checks whenever the service exists.
        builder.Services.AddAntiforgery();

        var app = builder.Build();
        app.UseSerilogRequestLogging(options => RequestLogging.Configure(options, runtime.Serilog));
        app.UseApiAccess();
        app.MapHome(runtime.Time);
        app.MapHealth();
        app.MapAdmin(runtime);
        app.MapProducers();
        app.UseJobsDashboard();
        app.MapDataInclusionGraphQL(runtime);
        app.MapRestV1();
        app.MapOpenData(OpenDataSetup.Directory(runtime), runtime.Time);
        app.MapValidator(runtime.Configuration, runtime.Time);
        return app;
    }

    public static async Task RunAsync(HostRuntime runtime, string urls, bool withScheduler, CancellationToken cancellationToken)
    {
        using var producers = runtime.CreateProducerClients();
        var jobStorage = await JobStorageFactory.CreateAsync(runtime, cancellationToken);
        await using var app = Build(runtime, urls, withScheduler, jobStorage, producers);
        await app.RunAsync(cancellationToken);
    }
}
