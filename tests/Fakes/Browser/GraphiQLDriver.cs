using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataInclusion.Fakes.Browser;

/// <summary>
/// Drives a GraphiQL 5 page (the bundle src/GraphQL embeds) in a DevTools page: open it, type a query into the query
/// editor as a user would, run it with the execute button and read the response pane.
/// </summary>
public static class GraphiQLDriver
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    /// <summary>Navigates to <paramref name="url"/> (a normal navigation: the browser sends its own Accept: text/html) and waits for the editors.</summary>
    public static async Task OpenAsync(DevToolsSession page, Uri url, CancellationToken cancellationToken)
    {
        var navigation = await page.SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() }, cancellationToken);
        if (navigation["errorText"]?.GetValue<string>() is { Length: > 0 } error)
        {
            throw new InvalidOperationException($"navigation to {url} failed: {error}");
        }

        await page.WaitForAsync(
            "document.querySelector('.graphiql-execute-button') && document.querySelector('.graphiql-query-editor .monaco-editor') ? 'ready' : null",
            s_timeout,
            cancellationToken);
    }

    /// <summary>
    /// Replaces the query editor's text with <paramref name="query"/>: a click in the editor, Ctrl+A, then the text as
    /// one input (Input.insertText, like a paste, so Monaco adds no closing brackets of its own).
    /// </summary>
    public static async Task TypeQueryAsync(DevToolsSession page, string query, CancellationToken cancellationToken)
    {
        var box = await page.EvaluateAsync(
            "(() => { const r = document.querySelector('.graphiql-query-editor .monaco-editor').getBoundingClientRect(); "
                + "return JSON.stringify({ x: r.left + r.width / 2, y: r.top + 20 }); })()",
            cancellationToken) ?? throw new InvalidOperationException("the query editor has no box.");
        var point = JsonNode.Parse(box)!;
        foreach (var type in new[] { "mousePressed", "mouseReleased" })
        {
            await page.SendAsync(
                "Input.dispatchMouseEvent",
                new JsonObject { ["type"] = type, ["x"] = point["x"]!.DeepClone(), ["y"] = point["y"]!.DeepClone(), ["button"] = "left", ["clickCount"] = 1 },
                cancellationToken);
        }

        // Monaco maps Ctrl+A to its own select-all.
        await PressAsync(page, "a", "KeyA", 65, modifiers: 2, cancellationToken);

        await page.SendAsync("Input.insertText", new JsonObject { ["text"] = query }, cancellationToken);
        // Monaco may still auto-close the first bracket: drop whatever follows the cursor (Ctrl+Shift+End, Delete).
        await PressAsync(page, "End", "End", 35, modifiers: 2 | 8, cancellationToken);
        await PressAsync(page, "Delete", "Delete", 46, modifiers: 0, cancellationToken);
        var expected = JsonSerializer.Serialize(Compact(query));
        await page.WaitForAsync(
            $"(() => {{ const e = document.querySelector('.graphiql-query-editor .view-lines'); "
                + $"return e && e.innerText.replace(/\\s+/g, '') === {expected} ? 'typed' : null; }})()",
            s_timeout,
            cancellationToken);
    }

    /// <summary>
    /// Clicks the execute button and returns the response pane's text once it shows a new result (data or errors):
    /// the pane may already hold an earlier one (GraphiQL shows a failed schema introspection there too).
    /// </summary>
    public static async Task<string> ExecuteAsync(DevToolsSession page, CancellationToken cancellationToken)
    {
        const string ResponseText = "(() => { const r = document.querySelector('.graphiql-response'); "
            // Monaco renders spaces as U+00A0: normalise them before looking at the text.
            + "return r ? r.innerText.replace(/\\u00a0/g, ' ') : ''; })()";
        var before = JsonSerializer.Serialize(await page.EvaluateAsync(ResponseText, cancellationToken) ?? string.Empty);
        await page.EvaluateAsync("document.querySelector('.graphiql-execute-button').click(), 'clicked'", cancellationToken);
        return await page.WaitForAsync(
            $"(() => {{ const t = {ResponseText}; return t !== {before} && /\"(data|errors)\"/.test(t) ? t : null; }})()",
            s_timeout,
            cancellationToken);
    }

    private static async Task PressAsync(
        DevToolsSession page, string key, string code, int keyCode, int modifiers, CancellationToken cancellationToken)
    {
        // CDP modifiers: 1 Alt, 2 Ctrl, 4 Meta, 8 Shift.
        foreach (var type in new[] { "rawKeyDown", "keyUp" })
        {
            await page.SendAsync(
                "Input.dispatchKeyEvent",
                new JsonObject { ["type"] = type, ["modifiers"] = modifiers, ["key"] = key, ["code"] = code, ["windowsVirtualKeyCode"] = keyCode },
                cancellationToken);
        }
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
