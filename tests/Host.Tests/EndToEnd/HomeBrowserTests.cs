using DataInclusion.Fakes.Browser;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DataInclusion.Host.Tests.EndToEnd;

/// <summary>
/// Issue 12 §4 in headless Chromium: <c>/</c> of the real <c>serve</c> with the keyboard only — the skip link first,
/// then the GraphiQL link, followed with Enter — and GraphiQL opening on our commented example, the référentiels in a
/// second tab, the example running.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class HomeBrowserTests(PostgresFixture postgres, ITestOutputHelper output)
{
    private const float TimeoutMs = 60_000;

    // Monaco renders spaces as U+00A0.
    private const string QueryEditorText =
        "document.querySelector('.graphiql-query-editor .view-lines').innerText.replace(/\\u00a0/g, ' ')";

    [Fact]
    public async Task Home_TabToTheGraphiQLLink_OpensTheCommentedExample_WithTheReferentielsTab()
    {
        var db = await postgres.CreateDatabaseAsync();
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = db };
        await using (var run = await CliProcess.RunAsync(environment, TimeSpan.FromMinutes(2), "run", "demo"))
        {
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        await using var browser = await HeadlessChromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(TimeoutMs);

        await page.GotoAsync(baseUri.ToString());
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(1, await page.GetByRole(AriaRole.Main).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Navigation, new() { Name = "Accès aux données" }).CountAsync());
        Assert.Equal("Référentiel de l'offre d'insertion", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());

        // First Tab: the skip link, shown once focused; Enter moves the focus to the main content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().width > 0"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("contenu", await page.EvaluateAsync<string>("document.activeElement.id"));

        // From the top again: the second Tab reaches the GraphiQL link, and Enter follows it.
        await page.GotoAsync(baseUri.ToString());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/graphql", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(baseUri, "/graphql").ToString());
        await page.Locator(".graphiql-execute-button").WaitForAsync();
        await page.WaitForFunctionAsync($"{QueryEditorText}.includes('searchServices(')");

        var query = await page.EvaluateAsync<string>(QueryEditorText);
        Assert.Contains("# Cet exemple cherche les services proches d'une commune pour une thématique", query, StringComparison.Ordinal);
        Assert.Contains("query ServicesProches(", query, StringComparison.Ordinal);
        var tabs = await page.Locator(".graphiql-tab").AllInnerTextsAsync();
        Assert.Equal(["ServicesProches", "Referentiels"], tabs.Select(t => t.Trim()).ToArray());

        var response = await GraphiQLDriver.ExecuteAsync(page);
        output.WriteLine(response);
        Assert.DoesNotContain("\"errors\"", response, StringComparison.Ordinal);
        Assert.Contains("\"totalCount\"", response, StringComparison.Ordinal);

        // The référentiels, one click away.
        await page.Locator(".graphiql-tab", new() { HasText = "Referentiels" }).ClickAsync();
        await page.WaitForFunctionAsync($"{QueryEditorText}.includes('thematiques {{ value label categorie }}')");
    }
}
