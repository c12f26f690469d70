using Microsoft.Playwright;

namespace DataInclusion.Fakes.Browser;

/// <summary>
/// Drives a GraphiQL 5 page (the bundle src/GraphQL embeds) through Playwright: open it, type a query into the query
/// editor as a user would, run it with the execute button and read the response pane.
/// </summary>
public static class GraphiQLDriver
{
    private const float TimeoutMs = 60_000;

    // Monaco renders spaces as U+00A0: normalise them before looking at the text.
    private const string ResponseText =
        "(() => { const r = document.querySelector('.graphiql-response'); return r ? r.innerText.replace(/\\u00a0/g, ' ') : ''; })()";

    /// <summary>Navigates to <paramref name="url"/> (a normal navigation: the browser sends its own Accept: text/html) and waits for the editors.</summary>
    public static async Task OpenAsync(IPage page, Uri url)
    {
        var response = await page.GotoAsync(url.ToString(), new PageGotoOptions { Timeout = TimeoutMs });
        if (response is not { Ok: true })
        {
            throw new InvalidOperationException($"navigation to {url} failed: HTTP {response?.Status}");
        }

        await page.Locator(".graphiql-execute-button").WaitForAsync(new LocatorWaitForOptions { Timeout = TimeoutMs });
        await page.Locator(".graphiql-query-editor .monaco-editor").WaitForAsync(new LocatorWaitForOptions { Timeout = TimeoutMs });
    }

    /// <summary>
    /// Replaces the query editor's text with <paramref name="query"/>: a click in the editor, Ctrl+A, then the text as
    /// one input (like a paste, so Monaco adds no closing brackets of its own).
    /// </summary>
    public static async Task TypeQueryAsync(IPage page, string query)
    {
        await page.Locator(".graphiql-query-editor .monaco-editor").ClickAsync(new LocatorClickOptions { Position = new Position { X = 100, Y = 20 } });
        // Monaco maps Ctrl+A to its own select-all.
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(query);
        // Monaco may still auto-close the first bracket: drop whatever follows the cursor.
        await page.Keyboard.PressAsync("Control+Shift+End");
        await page.Keyboard.PressAsync("Delete");
        await page.WaitForFunctionAsync(
            "expected => { const e = document.querySelector('.graphiql-query-editor .view-lines'); "
                + "return e && e.innerText.replace(/\\s+/g, '') === expected; }",
            Compact(query),
            new PageWaitForFunctionOptions { Timeout = TimeoutMs });
    }

    /// <summary>
    /// Replaces the query editor's text with <paramref name="query"/> and clicks the execute button within the same
    /// browser task as Monaco's handling of the typed text, like a user pasting a query and running it at once: GraphiQL's
    /// debounced reactions to the edit (the tab's operation name, 100 ms later) cannot have run yet. Returns the
    /// response pane's text once it shows the result.
    /// </summary>
    public static async Task<string> ReplaceQueryAndExecuteAtOnceAsync(IPage page, string query)
    {
        var before = await page.EvaluateAsync<string>(ResponseText);
        await page.Locator(".graphiql-query-editor .monaco-editor").ClickAsync(new LocatorClickOptions { Position = new Position { X = 100, Y = 20 } });
        await page.Keyboard.PressAsync("Control+A");
        // Monaco applies the text in its own `input` listener on its textarea; a window listener runs right after it,
        // in the same task.
        await page.EvaluateAsync(
            "() => window.addEventListener('input', () => document.querySelector('.graphiql-execute-button').click(), { once: true })");
        await page.Keyboard.InsertTextAsync(query);
        return await WaitForNewResponseAsync(page, before);
    }

    /// <summary>
    /// Clicks the execute button and returns the response pane's text once it shows a new result (data or errors):
    /// the pane may already hold an earlier one (GraphiQL shows a failed schema introspection there too).
    /// </summary>
    public static async Task<string> ExecuteAsync(IPage page)
    {
        var before = await page.EvaluateAsync<string>(ResponseText);
        await page.Locator(".graphiql-execute-button").ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
        return await WaitForNewResponseAsync(page, before);
    }

    private static async Task<string> WaitForNewResponseAsync(IPage page, string before)
    {
        var handle = await page.WaitForFunctionAsync(
            $"before => {{ const t = {ResponseText}; return t !== before && /\"(data|errors)\"/.test(t) ? t : null; }}",
            before,
            new PageWaitForFunctionOptions { Timeout = TimeoutMs });
        return await handle.JsonValueAsync<string>();
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
