using DataInclusion.Fakes.Browser;
using DataInclusion.Host.Tests.EndToEnd;
using DataInclusion.Host.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DataInclusion.Host.Tests.Validation;

/// <summary>
/// Issue 11: a producer on <c>/valider</c> of the real <c>serve</c>, in Chromium with JavaScript off and the keyboard
/// only: picks the workbook through its label, submits, reads the grouped report and downloads the annotated workbook.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ValidatorBrowserTests(PostgresFixture postgres)
{
    private const float TimeoutMs = 60_000;

    [Fact]
    public async Task Valider_UploadWithTheKeyboard_ShowsTheGroupedReport_DownloadsTheAnnotatedWorkbook()
    {
        var environment = new Dictionary<string, string?> { ["DATAINCLUSION_DB"] = await postgres.CreateDatabaseAsync() };
        var (serve, baseUri) = await ServeProcess.StartAsync(environment, "serve", "--no-scheduler");
        await using var _ = serve;
        await using var browser = await HeadlessChromium.LaunchAsync();
        var page = await browser.NewPageAsync(javaScriptEnabled: false);
        page.SetDefaultTimeout(TimeoutMs);

        await page.GotoAsync(new Uri(baseUri, "/valider").ToString());
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        // The label names the control: a screen reader announces it, and it is how this test finds it.
        await page.GetByLabel("Fichier(s)").SetInputFilesAsync(new FilePayload
        {
            Name = "offre.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = ValidatorFiles.Workbook(),
        });
        // Keyboard order: the file input, the URL field (its label found the same way), then the button.
        await page.GetByLabel("Fichier(s)").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(await page.GetByLabel("Ou l'adresse du fichier").GetAttributeAsync("id"), await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Valider", (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(baseUri, "/valider").ToString());
        await page.Locator("#synthese").WaitForAsync();

        Assert.Contains("8 erreurs", await page.InnerTextAsync("#synthese"), StringComparison.Ordinal);
        var group = page.Locator("table.groupes tr[data-code='publics.inconnu']");
        Assert.Equal(1, await group.CountAsync());
        Assert.Contains("lignes 2 à 6", await group.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « jeunes » ?", await group.InnerTextAsync(), StringComparison.Ordinal);
        // Every finding, one per row, behind a native disclosure the keyboard opens.
        await page.Locator("details summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Contains("Structures!E4", await page.Locator("#constats").InnerTextAsync(), StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#classeur-annote").ClickAsync());
        var path = await download.PathAsync();
        using var annotated = new AnnotatedWorkbookReader(await File.ReadAllBytesAsync(path));
        Assert.True(annotated.IsHighlighted("Services", "E2"));
        Assert.Equal("Résultat de la validation", annotated.Text("Services", "G1"));
    }
}
