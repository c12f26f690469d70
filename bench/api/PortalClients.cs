using System.Net.Http.Headers;
using System.Text;
using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Types;
using DataInclusion.Host.Api;

namespace DataInclusion.Api.Bench;

/// <summary>
/// How a request of the mix is sent. Three layers, to see where the time goes: <c>http</c> (the real server),
/// <c>engine</c> (the same schema and resolvers executed in this process: engine + SQL + JSON, no HTTP), and
/// <c>sql</c> (only the statements the resolvers issue, with the same columns, through the same <see cref="MartsReader"/>).
/// </summary>
internal interface IPortalClient
{
    /// <summary>Sends one request; false when it failed or answered GraphQL errors.</summary>
    Task<bool> SendAsync(PortalRequest request, CancellationToken cancellationToken);
}

internal sealed class HttpPortalClient(HttpClient http, Uri endpoint) : IPortalClient
{
    private static readonly byte[] s_errorsKey = Encoding.UTF8.GetBytes("\"errors\"");

    public async Task<bool> SendAsync(PortalRequest request, CancellationToken cancellationToken)
    {
        using var content = new StringContent(request.Body(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(endpoint, content, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode && body.AsSpan().IndexOf(s_errorsKey) < 0;
    }
}

/// <summary>REST v1 (<c>--api rest</c>): the same questions as GETs; a request fails on any non-2xx status.</summary>
internal sealed class RestPortalClient(HttpClient http, Uri baseAddress) : IPortalClient
{
    public async Task<bool> SendAsync(PortalRequest request, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(baseAddress, request.RestPath()), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode && body.Length > 0;
    }
}

internal sealed class EnginePortalClient(Schema schema) : IPortalClient
{
    public async Task<bool> SendAsync(PortalRequest request, CancellationToken cancellationToken)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = request.Query, Variables = request.Variables },
            cancellationToken);
        // Serialised as the HTTP layer would, so the engine layer includes writing the response.
        return result.ToJson().Length > 0 && result.Errors is null or { Count: 0 };
    }
}

internal sealed class SqlPortalClient(MartsReader marts) : IPortalClient
{
    // The load is that of portals without a token: the restricted sources' predicate is part of every statement.
    private static readonly SourceVisibility Anonymous = SourceVisibility.Public;

    public async Task<bool> SendAsync(PortalRequest request, CancellationToken cancellationToken)
    {
        var v = request.Variables;
        switch (request.Kind)
        {
            case 0:
                var filter = new MartFilter(CodeCommune: (string)v["c"]!, Thematiques: [(string)((List<object?>)v["t"]!)[0]!]);
                var (services, hasNext) = await marts.PageAsync(MartsReader.Services, filter, Anonymous, 20, null, ["id", "nom", "structure_id"], cancellationToken);
                await Structures(services, ["id", "nom", "telephone"]);
                if (hasNext)
                {
                    await marts.CountAsync(MartsReader.Services, filter, Anonymous, cancellationToken);
                }

                break;
            case 1:
                var (structures, _) = await marts.PageAsync(MartsReader.Structures, new MartFilter(CodeDepartement: (string)v["d"]!), Anonymous, 50, null, ["id", "nom"], cancellationToken);
                await marts.WhereInAsync(MartsReader.Services, "structure_id", structures.Select(s => (string)s["id"]!).ToList(), Anonymous, ["id", "nom", "structure_id"], cancellationToken);
                break;
            case 2:
                await Structures(await marts.WhereInAsync(MartsReader.Services, "id", [(string)v["id"]!], Anonymous, ["description", "id", "nom", "structure_id"], cancellationToken),
                    ["commune", "id", "nom", "telephone"]);
                break;
            default:
                await marts.PageAsync(MartsReader.Services, new MartFilter(CodeDepartement: (string)v["d"]!, Publics: ["jeunes"]), Anonymous, 100, null, ["commune", "id", "nom"], cancellationToken);
                break;
        }

        return true;

        async Task Structures(IEnumerable<Dictionary<string, object?>> services, string[] columns)
        {
            var ids = services.Select(s => (string)s["structureId"]!).Distinct().ToList();
            if (ids.Count > 0)
            {
                await marts.WhereInAsync(MartsReader.Structures, "id", ids, Anonymous, columns, cancellationToken);
            }
        }
    }
}
