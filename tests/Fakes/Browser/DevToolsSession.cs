using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.Browser;

/// <summary>A minimal Chrome DevTools Protocol client over one page target's WebSocket: commands by id, events ignored.</summary>
public sealed class DevToolsSession : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    public static async Task<DevToolsSession> ConnectAsync(Uri webSocketUrl, CancellationToken cancellationToken)
    {
        var session = new DevToolsSession();
        await session._socket.ConnectAsync(webSocketUrl, cancellationToken);
        return session;
    }

    public async Task<JsonNode> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        for (;;)
        {
            var reply = await ReceiveAsync(cancellationToken);
            if (reply["id"]?.GetValue<int>() != id)
            {
                continue;
            }

            if (reply["error"] is { } error)
            {
                throw new InvalidOperationException($"DevTools {method} failed: {error.ToJsonString()}");
            }

            return reply["result"] ?? new JsonObject();
        }
    }

    /// <summary>Runtime.evaluate of an expression whose value is a string (awaiting promises); null when undefined.</summary>
    public async Task<string?> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync(
            "Runtime.evaluate",
            new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true },
            cancellationToken);
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException($"page script threw: {exception.ToJsonString()}");
        }

        return result["result"]?["value"]?.ToString();
    }

    /// <summary>
    /// Polls <paramref name="expression"/> (a string or null) every 200 ms until it yields a non-empty string, which it
    /// returns; after <paramref name="timeout"/> throws with the start of the page's text, to show what the page showed.
    /// </summary>
    public async Task<string> WaitForAsync(string expression, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            if (await EvaluateAsync(expression, cancellationToken) is { Length: > 0 } value)
            {
                return value;
            }

            if (elapsed.Elapsed > timeout)
            {
                var body = await EvaluateAsync("document.body ? document.body.innerText.slice(0, 2000) : ''", cancellationToken);
                throw new TimeoutException($"timed out after {timeout} waiting for `{expression}`; page text: {body}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The browser may already be gone: closing is best effort.
            }
        }

        _socket.Dispose();
    }

    private async Task<JsonNode> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("DevTools closed the connection.");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!;
    }
}
