using DataInclusion.Host.OpenData;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>The <c>/opendata/</c> endpoints alone, on 127.0.0.1, over a data directory.</summary>
internal sealed class OpenDataServer : IAsyncDisposable
{
    private readonly LoopbackWebApp _web;

    private OpenDataServer(LoopbackWebApp web) => _web = web;

    public Uri BaseUri => _web.BaseUri;

    public static async Task<OpenDataServer> StartAsync(OpenDataDirectory directory, TimeProvider time) =>
        new(await LoopbackWebApp.StartAsync(null, app => app.MapOpenData(directory, time)));

    public ValueTask DisposeAsync() => _web.DisposeAsync();
}
