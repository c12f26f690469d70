using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.Telemetry;
using Refit;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>
/// The source-generated Refit client of the udata API behind the standard resilience handler, as the producers'
/// clients are built (<c>src/Sources/Http</c>); the key goes in the <c>X-API-KEY</c> header of every request.
/// </summary>
internal sealed class UdataClient : IDisposable
{
    private readonly ServiceProvider _services;

    private UdataClient(ServiceProvider services)
    {
        _services = services;
        Api = services.GetRequiredService<IUdataApi>();
    }

    public IUdataApi Api { get; }

    public static UdataClient Create(DataGouvOptions options, ILoggerFactory loggerFactory)
    {
        var services = new ServiceCollection()
            .AddSingleton(loggerFactory)
            .AddLogging()
            // UdataResilience logs each retry itself; Polly's per-attempt events would repeat it.
            .Configure<TelemetryOptions>(telemetry => telemetry.LoggerFactory = NullLoggerFactory.Instance);
        var client = services
            .AddRefitGeneratedClient<IUdataApi>(UdataJsonContext.Default, static _ => null!, httpClientName: "datagouv")
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = options.ApiUrl;
                // The resilience handler's total timeout bounds a request; HttpClient's 100 s default would cut big parts first.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.Add("X-API-KEY", options.ApiKey);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("DataInclusion/1.0");
            })
            .RemoveAllLoggers();
        var logger = loggerFactory.CreateLogger(typeof(UdataResilience).FullName!);
        client.AddStandardResilienceHandler().Configure(standard => UdataResilience.Configure(standard, options, logger));
        return new UdataClient(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public void Dispose() => _services.Dispose();
}
