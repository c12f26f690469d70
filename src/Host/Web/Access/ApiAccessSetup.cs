using DataInclusion.Host.Api.Access;
using DataInclusion.Host.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DataInclusion.Host.Web.Access;

/// <summary>Registers and orders API access: CORS, the caller, the rate limiter, the refusals (issue 12 §2).</summary>
internal static class ApiAccessSetup
{
    private const string CorsPolicy = "api";

    public static IServiceCollection AddApiAccess(this IServiceCollection services, IConfiguration configuration, NpgsqlDataSource dataSource, TimeProvider time)
    {
        var options = new ApiAccessOptions();
        configuration.GetSection(ApiAccessOptions.SectionName).Bind(options);
        services.AddSingleton(Options.Create(options));
        var store = new ApiTokenStore(dataSource, time);
        var cacheLifetime = TimeSpan.FromSeconds(Math.Max(0, options.TokenCacheSeconds));
        services.AddSingleton(new ApiTokenCache(store.FindActiveAsync, cacheLifetime, time));
        services.AddSingleton(new RestrictedSources(new SourceCatalog(dataSource, time), cacheLifetime, time));
        services.AddRateLimiter(limiter => ApiRateLimiting.Configure(limiter, options));
        // Reads from any origin, as data·inclusion's "*": a token bound to origins is checked by ApiAccess (403). The
        // middleware echoes the requested headers, so Authorization (never covered by a "*") passes preflights.
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .AllowAnyHeader()
            .WithMethods("GET", "POST")
            .WithExposedHeaders("Retry-After", "WWW-Authenticate")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    /// <summary>The API paths' pipeline, in order: CORS (answers preflights), caller, rate limiter, refusals.</summary>
    public static IApplicationBuilder UseApiAccess(this IApplicationBuilder app) =>
        app.UseWhen(ApiPaths.IsApi, api => api
            .UseCors(CorsPolicy)
            .Use(ApiAccess.ResolveAsync)
            .UseRateLimiter()
            .Use(ApiAccess.GateAsync));
}
