using DataInclusion.Fakes.Udata;
using DataInclusion.Host.OpenData;
using DataInclusion.Host.OpenData.DataGouv;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>A built set, a fake udata, and the publisher between them, with test-sized retries and timeouts.</summary>
internal sealed class DataGouvHarness : IAsyncDisposable
{
    private DataGouvHarness(OpenDataFixture fixture, FakeUdata udata, DataGouvOptions options)
    {
        Fixture = fixture;
        Udata = udata;
        Options = options;
        Resources = new DataGouvResourceStore(fixture.DataSource, fixture.Time);
    }

    public OpenDataFixture Fixture { get; }

    public FakeUdata Udata { get; }

    public DataGouvOptions Options { get; }

    public DataGouvResourceStore Resources { get; }

    public static async Task<DataGouvHarness> CreateAsync(Infrastructure.PostgresFixture postgres, Action<DataGouvOptions>? configure = null)
    {
        var fixture = await OpenDataFixture.CreateAsync(postgres);
        var udata = await FakeUdata.StartAsync();
        var options = new DataGouvOptions
        {
            ApiKey = udata.ApiKey,
            DatasetId = udata.DatasetId,
            ApiUrl = udata.ApiRoot,
            MaxAttempts = 3,
            BaseDelay = TimeSpan.FromMilliseconds(20),
            AttemptTimeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return new DataGouvHarness(fixture, udata, options);
    }

    public Task<OpenDataCatalog> BuildAsync() => Fixture.Builder.BuildAsync("test", CancellationToken.None)!;

    public async Task<DataGouvPublication> PublishAsync(OpenDataCatalog catalog)
    {
        using var client = UdataClient.Create(Options, NullLoggerFactory.Instance);
        var publisher = new DataGouvPublisher(client.Api, Options, Fixture.Directory, Resources, NullLogger.Instance);
        return await publisher.PublishAsync(catalog, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Udata.DisposeAsync();
        await Fixture.DisposeAsync();
    }
}
