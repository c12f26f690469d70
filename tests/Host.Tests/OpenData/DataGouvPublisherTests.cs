using System.Text;
using System.Text.Json.Nodes;
using DataInclusion.Fakes;
using DataInclusion.Host.OpenData;
using DataInclusion.Host.OpenData.DataGouv;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.OpenData;

[Collection(PostgresCollection.Name)]
public sealed class DataGouvPublisherTests(PostgresFixture postgres)
{
    [Fact]
    public async Task FirstPublication_CreatesEachResourceOnce_TheNextOnesReplaceTheFileInPlace()
    {
        await using var harness = await DataGouvHarness.CreateAsync(postgres);
        var first = await harness.BuildAsync();

        var created = await harness.PublishAsync(first);
        var ids = harness.Udata.Resources.ToDictionary(r => r.Extras[ResourceNaming.FileExtra]!.GetValue<string>(), r => r.Id);
        harness.Fixture.Exporter.Version = "v2";
        harness.Fixture.Time.Now = harness.Fixture.Time.Now.AddDays(7);
        var second = await harness.BuildAsync();
        var replaced = await harness.PublishAsync(second);

        Assert.True(created.Succeeded && replaced.Succeeded);
        Assert.Equal(first.Files.Count, harness.Udata.Resources.Count);
        Assert.All(harness.Udata.Resources, r => Assert.Equal(2, r.Uploads));
        Assert.Equal(ids, harness.Udata.Resources.ToDictionary(r => r.Extras[ResourceNaming.FileExtra]!.GetValue<string>(), r => r.Id));
        var csv = harness.Udata.Resources.Single(r => r.Id == ids["structures.csv"]);
        Assert.Contains("Structure v2", Encoding.UTF8.GetString(csv.Content), StringComparison.Ordinal);
        Assert.Equal("structures-inclusion-2025-12-14.csv", csv.FileName);
        Assert.Equal(ids.Values.Order(), (await Sql.ColumnAsync(harness.Fixture.Db, "SELECT resource_id FROM ops.datagouv_resources")).Order());
        // Creations go to the dataset's upload endpoint once per file, every later upload to the resource's own.
        Assert.Equal(first.Files.Count, harness.Udata.Requests.Count(r => r.Path.EndsWith($"/datasets/{harness.Udata.DatasetId}/upload/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Metadata_IsPutAsJson_WithTheDataInclusionTitle_TypeFormatDescriptionAndSchema()
    {
        await using var harness = await DataGouvHarness.CreateAsync(postgres, o => (o.SchemaName, o.SchemaVersion) = ("gip-inclusion/data-inclusion-schema", "1.0.8"));
        await harness.PublishAsync(await harness.BuildAsync());

        var byFile = harness.Udata.Resources.ToDictionary(r => r.Extras[ResourceNaming.FileExtra]!.GetValue<string>());
        var structures = byFile["structures.csv"];
        Assert.Equal("structures-inclusion-2025-12-07", structures.Title);
        Assert.Equal("main", structures.Type);
        Assert.Equal("csv", structures.Format);
        Assert.Contains("Structures de l'offre d'insertion", structures.Description, StringComparison.Ordinal);
        Assert.Equal("gip-inclusion/data-inclusion-schema", structures.Schema!["name"]!.GetValue<string>());
        Assert.Equal("services-inclusion-2025-12-07", byFile["services.csv"].Title);
        Assert.Equal("parquet", byFile["structures.parquet"].Format);
        Assert.Equal("documentation", byFile["SHA256SUMS"].Type);
        Assert.Null(byFile["manifest.json"].Schema);
        Assert.All(harness.Udata.Requests.Where(r => r.Method == "PUT"), r => Assert.StartsWith("application/json", r.Header("Content-Type"), StringComparison.Ordinal));
        Assert.All(harness.Udata.Requests.Where(r => r.Method != "GET"), r => Assert.Equal(harness.Udata.ApiKey, r.Header("X-API-KEY")));
    }

    [Fact]
    public async Task LargeFiles_GoInPartsOfChunkSize_ThenOneCombiningRequest_BothForCreationAndReplacement()
    {
        await using var harness = await DataGouvHarness.CreateAsync(postgres, o => o.ChunkSize = 4096);
        harness.Fixture.Exporter.ExtraRows = 400;
        var set = await harness.BuildAsync();
        var csv = set.Find("structures.csv")!;
        var expectedParts = (int)((csv.Length + 4095) / 4096);
        Assert.True(expectedParts >= 3, $"{csv.Length} bytes");

        await harness.PublishAsync(set);
        var requestsAfterCreation = harness.Udata.Requests.Count;
        var replaced = await harness.PublishAsync(set);

        Assert.True(replaced.Succeeded, string.Join("; ", replaced.Failures));
        var resource = harness.Udata.Resources.Single(r => r.Extras[ResourceNaming.FileExtra]!.GetValue<string>() == "structures.csv");
        Assert.Equal(await File.ReadAllBytesAsync(harness.Fixture.Directory.PathOf(set, "structures.csv")), resource.Content);
        Assert.Equal(2, harness.Udata.CombinedUploads);
        var replacement = harness.Udata.Requests.Skip(requestsAfterCreation).Where(r => r.Path == $"/api/1/datasets/{harness.Udata.DatasetId}/resources/{resource.Id}/upload/").ToList();
        Assert.Equal(expectedParts + 1, replacement.Count);
        // Only the last request carries no file part (a file part's disposition has "filename=").
        Assert.Single(replacement, r => !Encoding.UTF8.GetString(r.Body).Contains("filename=", StringComparison.Ordinal));
        Assert.DoesNotContain("filename=", Encoding.UTF8.GetString(replacement[^1].Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServerErrorIsRetried_ThenTheUploadSucceeds()
    {
        await using var harness = await DataGouvHarness.CreateAsync(postgres);
        var set = await harness.BuildAsync();
        await harness.PublishAsync(set);

        harness.Udata.Faults.Enqueue(Fault.ServerError().On("/upload/"));
        var publication = await harness.PublishAsync(set);

        Assert.True(publication.Succeeded, string.Join("; ", publication.Failures));
        Assert.Equal(FaultKind.ServerError, harness.Udata.Requests.Single(r => r.Fault is not null).Fault);
    }

    public static TheoryData<string, int> Failures => new()
    {
        { "401", 1 },
        { "413", 1 },
        { "500", 3 },
        { "timeout", 3 },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task AFailedUpload_LeavesThePreviousFileOnline_IsRecorded_AndTheOtherFilesStillGo(string failure, int attempts)
    {
        await using var harness = await DataGouvHarness.CreateAsync(postgres, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(500));
        var first = await harness.BuildAsync();
        await harness.PublishAsync(first);
        var csvResource = harness.Udata.Resources.Single(r => r.Extras[ResourceNaming.FileExtra]!.GetValue<string>() == "structures.csv");
        var previous = csvResource.Content;

        harness.Fixture.Exporter.Version = "v2";
        harness.Fixture.Time.Now = harness.Fixture.Time.Now.AddDays(7);
        var second = await harness.BuildAsync();
        var fault = failure switch
        {
            "401" => Fault.Unauthorized(),
            "413" => Fault.Respond(FakeResponse.Json(413, """{"message": "Request Entity Too Large"}""")),
            "500" => Fault.ServerError(),
            _ => Fault.Slow(TimeSpan.FromSeconds(3)),
        };
        harness.Udata.Faults.Enqueue(fault.On($"/resources/{csvResource.Id}/upload/"), attempts);
        var publication = await harness.PublishAsync(second);

        var failed = Assert.Single(publication.Failures);
        Assert.Equal("structures.csv", failed.FileName);
        Assert.Contains(failure == "timeout" ? "no answer within" : $"HTTP {failure}", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(attempts, harness.Udata.Requests.Count(r => r.Fault is not null));
        Assert.Equal(previous, csvResource.Content);
        Assert.Equal("structures-inclusion-2025-12-07", csvResource.Title);
        Assert.Equal(first.Files.Count - 1, publication.Published);
        var rows = await harness.Resources.AllAsync(CancellationToken.None);
        var row = rows.Single(r => r.FileName == "structures.csv");
        Assert.Equal(("failed", csvResource.Id, first.SetId), (row.LastStatus, row.ResourceId, row.LastSuccessSet));
        Assert.Equal(failed.Reason, row.LastError);
        Assert.All(rows.Where(r => r.FileName != "structures.csv"), r => Assert.Equal(second.SetId, r.LastSuccessSet));

        // Shown to operators: the admin page's open-data section names the file, the status and the reason.
        var section = Web.AdminOpenDataSection.Render([], rows, dataGouvEnabled: true);
        Assert.Contains("<td class=\"failed\">failed</td>", section, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(failed.Reason).Replace("&#39;", "&#x27;", StringComparison.Ordinal)[..20], section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResourceWhoseIdWasLost_IsFoundAgainOnTheDataset_NotCreatedTwice()
    {
        await using var harness = await DataGouvHarness.CreateAsync(postgres);
        var set = await harness.BuildAsync();
        await harness.PublishAsync(set);
        var count = harness.Udata.Resources.Count;

        await Sql.ScalarAsync<long>(harness.Fixture.Db, "WITH d AS (DELETE FROM ops.datagouv_resources RETURNING 1) SELECT count(*) FROM d");
        var publication = await harness.PublishAsync(set);

        Assert.True(publication.Succeeded);
        Assert.Equal(count, harness.Udata.Resources.Count);
    }

    [Fact]
    public async Task TheFakeRefusesWhatUdataRefuses()
    {
        await using var harness = await DataGouvHarness.CreateAsync(postgres);
        using var http = new HttpClient { BaseAddress = harness.Udata.ApiRoot };
        var upload = new Uri($"datasets/{harness.Udata.DatasetId}/upload/", UriKind.Relative);

        using var noKey = await http.PostAsync(upload, Form("file", "a.csv"));
        http.DefaultRequestHeaders.Add("X-API-KEY", harness.Udata.ApiKey);
        using var wrongField = await http.PostAsync(upload, Form("fichier", "a.csv"));
        using var created = await http.PostAsync(upload, Form("file", "a.csv"));
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        using var notJson = await http.PutAsync(new Uri($"datasets/{harness.Udata.DatasetId}/resources/{id}/", UriKind.Relative), new StringContent("""{"title":"x"}"""));
        using var unknown = await http.PostAsync(new Uri($"datasets/{harness.Udata.DatasetId}/resources/nope/upload/", UriKind.Relative), Form("file", "a.csv"));

        Assert.Equal(401, (int)noKey.StatusCode);
        Assert.Equal(400, (int)wrongField.StatusCode);
        Assert.Equal(201, (int)created.StatusCode);
        Assert.Equal(400, (int)notJson.StatusCode);
        Assert.Contains("expecting application/json", await notJson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(404, (int)unknown.StatusCode);
    }

    private static MultipartFormDataContent Form(string field, string fileName) =>
        new() { { new ByteArrayContent("id\n1\n"u8.ToArray()), field, fileName } };
}
