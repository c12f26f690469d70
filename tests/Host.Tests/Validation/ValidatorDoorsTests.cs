using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Validation;

/// <summary>Issue 11 §1: the page, the CLI and the API give the same findings for the same files — one table drives all three.</summary>
public sealed partial class ValidatorDoorsTests(ValidatorHostFixture server) : IClassFixture<ValidatorHostFixture>
{
    [Theory]
    [MemberData(nameof(ValidatorCases.CasesByDoor), MemberType = typeof(ValidatorCases))]
    public async Task Door_ReportsTheTablesFindings(string caseName, string door)
    {
        var testCase = ValidatorCases.All[caseName];

        var findings = door switch
        {
            "page" => await ThroughPageAsync(testCase),
            "cli" => await ThroughCliAsync(testCase),
            _ => await ThroughApiAsync(testCase),
        };

        Assert.Equal(testCase.Findings.Order(StringComparer.Ordinal), findings.Order(StringComparer.Ordinal));
    }

    private async Task<List<string>> ThroughApiAsync(ValidatorCase testCase)
    {
        using var http = new HttpClient { BaseAddress = server.Host.BaseUri };
        using var response = await http.PostAsync(new Uri("/api/v1/validate", UriKind.Relative), Form(testCase));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return FromJson(body, testCase);
    }

    private async Task<List<string>> ThroughPageAsync(ValidatorCase testCase)
    {
        using var http = new HttpClient { BaseAddress = server.Host.BaseUri };
        using var response = await http.PostAsync(new Uri("/valider", UriKind.Relative), Form(testCase));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains(testCase.ExitCode == 0 ? "Aucune erreur." : "erreur", html, StringComparison.Ordinal);
        return FindingRow().Matches(html).Select(m => ValidatorCases.Signature(
                m.Groups["severity"].Value == "erreur" ? "error" : "warning",
                WebUtility.HtmlDecode(m.Groups["code"].Value),
                WebUtility.HtmlDecode(m.Groups["file"].Value),
                WebUtility.HtmlDecode(m.Groups["cell"].Value),
                int.TryParse(m.Groups["line"].Value, out var line) ? line : null))
            .ToList();
    }

    private static async Task<List<string>> ThroughCliAsync(ValidatorCase testCase)
    {
        var folder = Directory.CreateTempSubdirectory("validate-");
        try
        {
            var paths = new List<string>();
            foreach (var (name, content) in testCase.Files)
            {
                paths.Add(Path.Combine(folder.FullName, name));
                await File.WriteAllBytesAsync(paths[^1], content);
            }

            await using var cli = await CliProcess.RunAsync(new Dictionary<string, string?>(), TimeSpan.FromMinutes(1), ["validate", "--format", "json", .. paths]);
            Assert.True(cli.ExitCode == testCase.ExitCode, cli.ToString());
            return FromJson(cli.StandardOutput, testCase);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static MultipartFormDataContent Form(ValidatorCase testCase)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in testCase.Files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "fichier", name);
        }

        return form;
    }

    private static List<string> FromJson(string json, ValidatorCase testCase)
    {
        using var report = JsonDocument.Parse(json);
        Assert.Equal(testCase.ExitCode == 0, report.RootElement.GetProperty("is_valid").GetBoolean());
        return report.RootElement.GetProperty("findings").EnumerateArray().Select(f => ValidatorCases.Signature(
                f.GetProperty("severity").GetString()!,
                f.GetProperty("code").GetString()!,
                f.GetProperty("file").GetString()!,
                f.GetProperty("cell").GetString(),
                f.GetProperty("line").ValueKind == JsonValueKind.Number ? f.GetProperty("line").GetInt32()
                    : f.GetProperty("index").ValueKind == JsonValueKind.Number ? f.GetProperty("index").GetInt32() + 1 : null))
            .ToList();
    }

    [GeneratedRegex("<tr data-finding data-code=\"(?<code>[^\"]*)\" data-severity=\"(?<severity>[^\"]*)\" data-file=\"(?<file>[^\"]*)\" data-line=\"(?<line>[^\"]*)\" data-cell=\"(?<cell>[^\"]*)\"")]
    private static partial Regex FindingRow();
}
