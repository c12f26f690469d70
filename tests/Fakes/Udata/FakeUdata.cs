using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace DataInclusion.Fakes.Udata;

/// <summary>
/// data.gouv.fr's API on 127.0.0.1 (interop §3): one dataset whose resources can be created by upload, replaced in
/// place (same id), and described by <c>PUT</c>. Like udata it wants <c>X-API-KEY</c> on every write, the multipart
/// field <c>file</c>, <c>application/json</c> on metadata, known resource ids, and the chunk protocol of
/// <c>storages/api.py</c> (each part's size equal to its <c>chunksize</c>; a request without <c>file</c> combines the
/// parts). Faults (401, 413, 500, slow answers) come from <see cref="FakeServerBase.Faults"/>.
/// </summary>
public sealed partial class FakeUdata : FakeServerBase
{
    private readonly Lock _lock = new();
    private readonly List<FakeUdataResource> _resources = [];
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte[]>> _parts = new();
    private int _nextId = 1;

    private FakeUdata(string apiKey, string datasetId)
    {
        ApiKey = apiKey;
        DatasetId = datasetId;
    }

    public string ApiKey { get; }

    public string DatasetId { get; }

    /// <summary>The API root to give the client (<c>DATAGOUV_API_URL</c>).</summary>
    public Uri ApiRoot => new(BaseUri, "api/1/");

    public IReadOnlyList<FakeUdataResource> Resources
    {
        get
        {
            lock (_lock)
            {
                return [.. _resources];
            }
        }
    }

    /// <summary>Chunked uploads combined so far.</summary>
    public int CombinedUploads { get; private set; }

    public static async Task<FakeUdata> StartAsync(string apiKey = "test-api-key", string datasetId = "6233723c2c1e4a54af2f6b2d", CancellationToken ct = default)
    {
        var server = new FakeUdata(apiKey, datasetId);
        await server.StartServerAsync(ct);
        return server;
    }

    /// <summary>A resource already on the dataset (as data·inclusion's ten are).</summary>
    public FakeUdataResource AddResource(string id, string fileName, byte[] content)
    {
        var resource = new FakeUdataResource(id) { FileName = fileName, Title = fileName, Content = content, Format = Path.GetExtension(fileName).TrimStart('.') };
        lock (_lock)
        {
            _resources.Add(resource);
        }

        return resource;
    }

    protected override FakeResponse UnauthorizedResponse() => FakeResponse.Json(401, """{"message": "Invalid API token", "status": 401}""");

    protected override FakeResponse ServerErrorResponse() => FakeResponse.Json(500, """{"message": "Internal Server Error", "status": 500}""");

    protected override FakeResponse? Authorize(RecordedRequest request) =>
        request.Method == "GET" || request.Header("X-API-KEY") == ApiKey ? null : UnauthorizedResponse();

    protected override FakeResponse Respond(RecordedRequest request)
    {
        var route = Route().Match(request.Path);
        if (!route.Success || route.Groups["dataset"].Value != DatasetId)
        {
            return NotFound();
        }

        var resourceId = route.Groups["resource"].Success ? route.Groups["resource"].Value : null;
        var upload = route.Groups["upload"].Success;
        return (request.Method, resourceId, upload) switch
        {
            ("GET", null, false) => Dataset(),
            ("POST", null, true) => Upload(request, null),
            ("POST", { } id, true) => Find(id) is { } existing ? Upload(request, existing) : NotFound(),
            ("PUT", { } id, false) => Find(id) is { } existing ? UpdateMetadata(request, existing) : NotFound(),
            _ => FakeResponse.Json(405, """{"message": "The method is not allowed for the requested URL."}"""),
        };
    }

    private FakeResponse Dataset()
    {
        var resources = new JsonArray([.. Resources.Select(r => (JsonNode)r.ToJson())]);
        return FakeResponse.Json(200, new JsonObject { ["id"] = DatasetId, ["resources"] = resources }.ToJsonString());
    }

    /// <summary>udata storages/api.py handle_upload, then the dataset API's create (201) or replace (200).</summary>
    private FakeResponse Upload(RecordedRequest request, FakeUdataResource? existing)
    {
        if (UdataForm.Read(request) is not { } form)
        {
            return FakeResponse.Json(400, """{"message": "expecting multipart/form-data"}""");
        }

        var (fields, file) = form;
        var totalParts = int.TryParse(fields.GetValueOrDefault("totalparts"), out var parts) ? parts : 0;
        string fileName;
        byte[] content;
        if (totalParts > 1)
        {
            var uuid = fields.GetValueOrDefault("uuid") ?? string.Empty;
            if (file is not null)
            {
                if (!int.TryParse(fields.GetValueOrDefault("chunksize"), out var chunkSize) || chunkSize != file.Value.Content.Length
                    || !int.TryParse(fields.GetValueOrDefault("partindex"), out var index) || !long.TryParse(fields.GetValueOrDefault("partbyteoffset"), out _))
                {
                    return FakeResponse.Json(400, """{"success": false, "error": "Chunk size mismatch"}""");
                }

                _parts.GetOrAdd(uuid, _ => new())[index] = file.Value.Content;
                return FakeResponse.Json(200, """{"success": true}""");
            }

            if (!_parts.TryRemove(uuid, out var stored) || Enumerable.Range(0, totalParts).Any(i => !stored.ContainsKey(i)))
            {
                return FakeResponse.Json(400, """{"success": false, "error": "Missing chunks"}""");
            }

            fileName = fields.GetValueOrDefault("filename") ?? "upload";
            content = [.. Enumerable.Range(0, totalParts).SelectMany(i => stored[i])];
            CombinedUploads++;
        }
        else if (file is null)
        {
            return FakeResponse.Json(400, """{"success": false, "error": "Missing file parameter"}""");
        }
        else if (file.Value.ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return FakeResponse.Json(415, """{"message": "Unsupported file type"}""");
        }
        else
        {
            (fileName, content) = (file.Value.FileName, file.Value.Content);
        }

        FakeUdataResource resource;
        lock (_lock)
        {
            resource = existing ?? new FakeUdataResource(Guid.Parse($"00000000-0000-4000-8000-{_nextId++:D12}").ToString());
            if (existing is null)
            {
                _resources.Add(resource);
            }

            // udata: the title becomes the file's basename until the metadata is set again.
            resource.FileName = fileName;
            resource.Title = fileName;
            resource.Content = content;
            resource.Format = Path.GetExtension(fileName).TrimStart('.');
            resource.Uploads++;
        }

        var answer = resource.ToJson();
        answer["success"] = true;
        return FakeResponse.Json(existing is null ? 201 : 200, answer.ToJsonString());
    }

    private static FakeResponse UpdateMetadata(RecordedRequest request, FakeUdataResource resource)
    {
        if (!MediaTypeHeaderValue.TryParse(request.Header("Content-Type"), out var mediaType) || mediaType.MediaType != "application/json")
        {
            return FakeResponse.Json(400, """{"errors": {"Content-Type": "expecting application/json"}}""");
        }

        if (JsonNode.Parse(request.Body) is not JsonObject body || body["title"]?.GetValue<string>() is not { Length: > 0 } title)
        {
            return FakeResponse.Json(400, """{"errors": {"title": ["This field is required."]}}""");
        }

        if (body["filetype"] is { } filetype && filetype.GetValue<string>() != "file")
        {
            return FakeResponse.Json(400, """{"errors": {"filetype": ["cannot change"]}}""");
        }

        resource.Title = title;
        resource.Description = body["description"]?.GetValue<string>();
        resource.Format = body["format"]?.GetValue<string>() ?? resource.Format;
        resource.Type = body["type"]?.GetValue<string>() ?? resource.Type;
        resource.Schema = body["schema"]?.DeepClone();
        resource.Extras = body["extras"] as JsonObject is { } extras ? (JsonObject)extras.DeepClone() : [];
        return FakeResponse.Json(200, resource.ToJson().ToJsonString());
    }

    private FakeUdataResource? Find(string id)
    {
        lock (_lock)
        {
            return _resources.FirstOrDefault(r => r.Id == id);
        }
    }

    private static FakeResponse NotFound() => FakeResponse.Json(404, """{"message": "Not Found", "status": 404}""");

    [GeneratedRegex(@"^/api/1/datasets/(?<dataset>[^/]+)/(?:resources/(?<resource>[^/]+)/)?(?<upload>upload/)?$")]
    private static partial Regex Route();
}
