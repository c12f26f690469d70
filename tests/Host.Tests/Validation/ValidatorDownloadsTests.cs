using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DataInclusion.Host.Tests.Validation;

/// <summary>Issue 11: the report downloads — every finding as CSV, and the producer's workbook annotated cell by cell.</summary>
public sealed partial class ValidatorDownloadsTests(ValidatorHostFixture server) : IClassFixture<ValidatorHostFixture>
{
    [Fact]
    public async Task Api_FormatXlsx_HighlightsFaultyCellsAndAddsAFindingsColumn()
    {
        using var http = new HttpClient { BaseAddress = server.Host.BaseUri };

        using var response = await http.PostAsync(new Uri("/api/v1/validate?format=xlsx", UriKind.Relative), Workbook());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var annotated = new AnnotatedWorkbookReader(await response.Content.ReadAsByteArrayAsync());
        Assert.True(annotated.IsHighlighted("Services", "E2"));
        Assert.True(annotated.IsHighlighted("Services", "B7"));
        Assert.False(annotated.IsHighlighted("Services", "E7"));
        Assert.True(annotated.IsHighlighted("Structures", "E4"));
        // Services has columns A–F: the findings go to G, the producer's values stay.
        Assert.Equal("Résultat de la validation", annotated.Text("Services", "G1"));
        Assert.Contains("Vouliez-vous dire « jeunes » ?", annotated.Text("Services", "G2"), StringComparison.Ordinal);
        Assert.StartsWith("Erreur (structure_id)", annotated.Text("Services", "G7"), StringComparison.Ordinal);
        Assert.Equal("jeune", annotated.Text("Services", "E2"));
        Assert.Equal(string.Empty, annotated.Text("Structures", "F3"));
    }

    [Fact]
    public async Task Api_FormatCsv_OneRowPerFindingWithItsCell()
    {
        using var http = new HttpClient { BaseAddress = server.Host.BaseUri };

        using var response = await http.PostAsync(new Uri("/api/v1/validate?format=csv", UriKind.Relative), Workbook());

        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("fichier;feuille;ligne;cellule;type;id;champ;code;niveau;valeur;message;suggestion", lines[0]);
        Assert.Equal(1 + ValidatorCases.All["classeur"].Findings.Count, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("offre.xlsx;Services;2;Services!E2;service;sv1;publics[0];publics.inconnu;erreur;jeune;", StringComparison.Ordinal) && l.EndsWith(";jeunes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_LinksDownloadTheCsvAndTheAnnotatedWorkbook_UnknownIdIs404()
    {
        using var http = new HttpClient { BaseAddress = server.Host.BaseUri };
        using var page = await http.PostAsync(new Uri("/valider", UriKind.Relative), Workbook());
        var html = await page.Content.ReadAsStringAsync();
        var id = ReportLink().Match(html).Groups["id"].Value;

        using var csv = await http.GetAsync(new Uri($"/valider/rapports/{id}/constats.csv", UriKind.Relative));
        using var xlsx = await http.GetAsync(new Uri($"/valider/rapports/{id}/classeur-annote.xlsx", UriKind.Relative));
        using var unknown = await http.GetAsync(new Uri($"/valider/rapports/{new string('0', 32)}/constats.csv", UriKind.Relative));

        Assert.Equal(32, id.Length);
        Assert.Contains("publics.inconnu", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var annotated = new AnnotatedWorkbookReader(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.True(annotated.IsHighlighted("Services", "A8"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static MultipartFormDataContent Workbook() => new() { { new ByteArrayContent(ValidatorFiles.Workbook()), "fichier", "offre.xlsx" } };

    [GeneratedRegex("/valider/rapports/(?<id>[0-9a-f]+)/constats.csv")]
    private static partial Regex ReportLink();
}
