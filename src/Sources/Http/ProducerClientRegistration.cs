using System.Net;
using DataInclusion.Sources.Agefiph;
using DataInclusion.Sources.Cd35;
using DataInclusion.Sources.Dora;
using DataInclusion.Sources.Emplois;
using DataInclusion.Sources.FranceTravail;
using DataInclusion.Sources.MediationNumerique;
using DataInclusion.Sources.Soliguide;
using DataInclusion.Sources.V1Feed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Refit;

namespace DataInclusion.Sources.Http;

/// <summary>Registers every producer's source-generated Refit client, each behind its own standard resilience handler.</summary>
public static class ProducerClientRegistration
{
    /// <summary>
    /// Refit sends nothing without a base address, even when a <c>[Url]</c> parameter gives the whole URL, as every
    /// method here does (URLs come from each source's environment). <c>.invalid</c> (RFC 2606) never resolves: a
    /// method that forgot its <c>[Url]</c> fails loudly.
    /// </summary>
    private static readonly Uri s_noBaseAddress = new("http://base-address.invalid/");

    public static IServiceCollection AddProducerClients(this IServiceCollection services, HttpSourceOptions options)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient(_ => new PayloadCheckHandler(options.MaxPayloadBytes));

        Add<IEmploisApi>(services, EmploisConnector.SourceId, options);
        Add<IDoraApi>(services, DoraConnector.SourceId, options);
        Add<ISoliguideApi>(services, SoliguideConnector.SourceId, options);
        Add<IMediationNumeriqueApi>(services, MediationNumeriqueConnector.SourceId, options);
        Add<IFranceTravailApi>(services, FranceTravailConnector.SourceId, options);
        Add<IAgefiphApi>(services, AgefiphConnector.SourceId, options);
        Add<ICd35Api>(services, Cd35Connector.SourceId, options);
        Add<IV1FeedApi>(services, "v1-feed", options);
        return services;
    }

    /// <summary>
    /// A named client per producer (its own resilience pipeline, connection pool and telemetry name), with the
    /// <see cref="PayloadCheckHandler"/> inside the retry and the attempt timeout, so that reading the body is part of
    /// each attempt.
    /// </summary>
    private static void Add<TApi>(IServiceCollection services, string source, HttpSourceOptions options)
        where TApi : class
    {
        var client = services
            // Null settings: the JSON context's own options (the only overload that also names the client).
            .AddRefitGeneratedClient<TApi>(ProducerJsonContext.Default, static _ => null!, httpClientName: "producer-" + source)
            .ConfigureHttpClient(http =>
            {
                // The resilience handler's total timeout bounds a request; HttpClient's 100 s default would cut it first.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.BaseAddress = s_noBaseAddress;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("DataInclusion/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler
            {
                // emplois API §0: GZipMiddleware. The payload is kept as decoded bytes.
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .RemoveAllLoggers();
        client.AddStandardResilienceHandler().Configure((standard, provider) => ProducerResilience.Configure(
            standard,
            options,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProducerResilience).FullName!)));
        client.AddHttpMessageHandler<PayloadCheckHandler>();
    }
}
