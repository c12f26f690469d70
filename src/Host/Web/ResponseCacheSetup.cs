using DataInclusion.Host.Api;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Web.Access;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Web;

/// <summary>
/// Registers the GraphQL <see cref="ResponseCache"/> and its publication listener when <c>Api__ResponseCache__MaxMegabytes</c>
/// is above 0 (the default: 64); <c>/graphql</c> uses it when registered (<see cref="GraphQLEndpoints"/>).
/// </summary>
internal static class ResponseCacheSetup
{
    /// <param name="martsChanged">This process's runs: they empty the cache before they return.</param>
    public static IServiceCollection AddApiResponseCache(
        this IServiceCollection services, IConfiguration configuration, string connectionString, TimeProvider time, MartsChangedSignal? martsChanged = null)
    {
        var options = new ResponseCacheOptions();
        configuration.GetSection(ResponseCacheOptions.SectionName).Bind(options);
        if (options.MaxMegabytes <= 0)
        {
            return services;
        }

        var cache = new ResponseCache(options.MaxMegabytes * 1024L * 1024L, TimeSpan.FromSeconds(Math.Max(1, options.TtlSeconds)), ApiAccess.Caller, time);
        services.AddSingleton(cache);
        services.AddHostedService(sp => new ResponseCacheInvalidation(connectionString, cache, options, sp.GetRequiredService<ILogger<ResponseCacheInvalidation>>(), time, martsChanged));
        return services;
    }
}
