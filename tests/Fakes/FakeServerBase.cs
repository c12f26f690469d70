using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Fakes;

/// <summary>
/// A producer's API on 127.0.0.1 (free port): records each request, applies the scripted <see cref="Faults"/>,
/// checks auth, then lets the subclass answer. Bodies are gzipped when the client accepts it.
/// </summary>
public abstract class FakeServerBase : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private WebApplication? _app;

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public FaultScript Faults { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(stopping.Token);
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task StartServerAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(ct);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>The normal answer to an authorised request.</summary>
    protected abstract FakeResponse Respond(RecordedRequest request);

    /// <summary>An error answer when the request's credentials are wrong, or null to let it through.</summary>
    protected virtual FakeResponse? Authorize(RecordedRequest request) => null;

    protected virtual FakeResponse UnauthorizedResponse() => FakeResponse.Json(401, """{"detail":"unauthorized"}""");

    protected virtual FakeResponse TooManyRequestsResponse(string retryAfter) =>
        FakeResponse.Json(429, """{"detail":"too many requests"}""").WithHeader("Retry-After", retryAfter);

    protected virtual FakeResponse ServerErrorResponse() => FakeResponse.Json(500, """{"detail":"internal error"}""");

    protected virtual FakeResponse MaintenanceResponse(RecordedRequest request) =>
        FakeResponse.Html(503, "<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>");

    private async Task HandleAsync(HttpContext context)
    {
        var recorded = await RecordAsync(context);
        var fault = Faults.TryTake(recorded.PathAndQuery);
        _requests.Enqueue(recorded with { Fault = fault?.Kind });
        if (fault is { Kind: FaultKind.Slow })
        {
            try
            {
                await Task.Delay(fault.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var response = fault?.Kind switch
        {
            FaultKind.TooManyRequests => TooManyRequestsResponse(fault.RetryAfter),
            FaultKind.ServerError => ServerErrorResponse(),
            FaultKind.MaintenancePage => MaintenanceResponse(recorded),
            FaultKind.Unauthorized => UnauthorizedResponse(),
            FaultKind.Custom => fault.Response!,
            FaultKind.MalformedJson => FakeResponse.Json(200, """{"count":3,"next":null,"previous":null,"results":[{"id":"""),
            _ => Authorize(recorded) ?? Respond(recorded),
        };
        if (fault is { Kind: FaultKind.Stall })
        {
            await TrickleAsync(context, response);
            return;
        }

        await WriteAsync(context, response, truncate: fault?.Kind == FaultKind.TruncatedBody);
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in context.Request.Headers)
        {
            headers[name] = value.ToString();
        }

        var path = context.Request.Path.Value ?? "/";
        return new RecordedRequest(context.Request.Method, path, path + context.Request.QueryString.Value, headers, body.ToArray(), null);
    }

    private static async Task WriteAsync(HttpContext context, FakeResponse response, bool truncate)
    {
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        var body = response.Body;
        if (truncate)
        {
            // Announce the whole body, send half, then cut the connection: what a dying proxy does.
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
            return;
        }

        if (context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = Gzip(body);
            context.Response.Headers.ContentEncoding = "gzip";
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }

    /// <summary>Announces the whole body, then sends it one byte per second until the client gives up.</summary>
    private static async Task TrickleAsync(HttpContext context, FakeResponse response)
    {
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        context.Response.ContentLength = response.Body.Length;
        try
        {
            for (var i = 0; i < response.Body.Length; i++)
            {
                await context.Response.Body.WriteAsync(response.Body.AsMemory(i, 1), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client's timeout cut the transfer: what the fault is for.
        }
    }

    private static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
