using DataInclusion.Host.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Tests.Validation;

/// <summary>
/// The validator's HTTP doors (<c>/valider</c>, <c>/api/v1/validate</c>) served by Kestrel on 127.0.0.1, in this
/// process and without a database: the same endpoint code <c>serve</c> maps (the browser test goes through <c>serve</c>).
/// </summary>
public sealed class ValidatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ValidatorHost(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    /// <param name="settings">Configuration, e.g. <c>Validator:MaxBytes</c>.</param>
    /// <param name="extra">More endpoints, e.g. a file to fetch by URL.</param>
    public static async Task<ValidatorHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplication>? extra = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var app = builder.Build();
        app.MapValidator(app.Configuration, TimeProvider.System);
        extra?.Invoke(app);
        await app.StartAsync();
        return new ValidatorHost(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One host shared by the tests of a class.</summary>
public sealed class ValidatorHostFixture : IAsyncLifetime
{
    public ValidatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ValidatorHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
