using DataInclusion.Host.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DataInclusion.Host.Web;

/// <summary>Registers the query layer's <see cref="MartsReader"/> over <see cref="ApiReadPool"/>, for GraphQL and REST.</summary>
internal static class ApiReadsSetup
{
    public static IServiceCollection AddApiReads(this IServiceCollection services, HostRuntime runtime)
    {
        var options = new ApiDatabaseOptions();
        runtime.Configuration.GetSection(ApiDatabaseOptions.SectionName).Bind(options);
        // A singleton the container owns and disposes, with the connections it holds.
        services.AddKeyedSingleton(ApiReadPoolKey, (_, _) => ApiReadPool.Create(runtime.Database.ConnectionString, options));
        services.AddKeyedSingleton(ApiGenericPlansKey, (_, _) => ApiReadPool.CreateGeneric(runtime.Database.ConnectionString, options));
        services.AddSingleton(sp => new MartsReader(
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ApiReadPoolKey),
            sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetRequiredKeyedService<NpgsqlDataSource>(ApiGenericPlansKey)));
        return services;
    }

    private const string ApiReadPoolKey = "api-reads";
    private const string ApiGenericPlansKey = "api-reads-generic";
}
