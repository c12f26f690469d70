using DataInclusion.Host.Producers;
using DataInclusion.Host.Storage;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Web.Producers;

/// <summary>Registration of the producers' doors: their API, their page and the admin page.</summary>
internal static class ProducerSetup
{
    public static IServiceCollection AddProducers(this IServiceCollection services, HostRuntime runtime)
    {
        var dataSource = runtime.Database.DataSource;
        var options = ProducerOptions.From(runtime.Configuration);
        var producers = new ProducerStore(dataSource, runtime.Time);
        services.AddSingleton(options);
        services.AddSingleton(producers);
        services.AddSingleton(new ProducerAdmin(producers));
        services.AddSingleton(new SubmissionStore(dataSource, runtime.Time));
        services.AddSingleton(new ValidationReportStore(dataSource));
        services.AddSingleton(new FailedAttemptLimiter(options, runtime.Time));
        services.AddSingleton<ProducerGate>();
        services.AddSingleton(provider => new FeedRegistration(
            producers, provider.GetRequiredService<IRecurringJobManager>(), runtime.Configuration, runtime.LoggerFactory.CreateLogger<FeedRegistration>()));
        return services;
    }

    public static IEndpointRouteBuilder MapProducers(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapProducerApi().MapProducerPage().MapAdminProducers();
}
