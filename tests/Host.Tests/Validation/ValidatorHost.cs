using DataInclusion.Host.Tests.Infrastructure;
using DataInclusion.Host.Validation;
using Microsoft.AspNetCore.Builder;

namespace DataInclusion.Host.Tests.Validation;

/// <summary>
/// The validator's HTTP doors (<c>/valider</c>, <c>/api/v1/validate</c>) served by Kestrel on 127.0.0.1, in this
/// process and without a database: the same endpoint code <c>serve</c> maps (the browser test goes through <c>serve</c>).
/// </summary>
public sealed class ValidatorHost : IAsyncDisposable
{
    private readonly LoopbackWebApp _web;

    private ValidatorHost(LoopbackWebApp web) => _web = web;

    public Uri BaseUri => _web.BaseUri;

    /// <param name="settings">Configuration, e.g. <c>Validator:MaxBytes</c>.</param>
    /// <param name="extra">More endpoints, e.g. a file to fetch by URL.</param>
    public static async Task<ValidatorHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplication>? extra = null) =>
        new(await LoopbackWebApp.StartAsync(null, app =>
        {
            app.MapValidator(app.Configuration, TimeProvider.System);
            extra?.Invoke(app);
        }, settings));

    public ValueTask DisposeAsync() => _web.DisposeAsync();
}

/// <summary>One host shared by the tests of a class.</summary>
public sealed class ValidatorHostFixture : IAsyncLifetime
{
    public ValidatorHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ValidatorHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
