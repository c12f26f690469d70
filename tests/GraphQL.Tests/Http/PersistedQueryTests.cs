using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DataInclusion.GraphQL.Http.PersistedQueries;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Http;

/// <summary>Automatic Persisted Queries (Apollo's protocol) and the allow-list mode, over real HTTP.</summary>
public sealed class PersistedQueryTests
{
    private const string Query = "{ hello }";
    private static readonly string s_hash = PersistedQueryHash.Of(Query);

    private static readonly Schema s_schema = new SchemaBuilder()
        .AddTypeDefinitions("type Query { hello: String other: String }")
        .AddResolver("Query", "hello", _ => new ValueTask<object?>("hi"))
        .Build();

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static async Task<JsonElement> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), body);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string hash, string? query = null)
    {
        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash)));
        var url = $"/graphql?extensions={extensions}" + (query is null ? string.Empty : "&query=" + Uri.EscapeDataString(query));
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task UnknownHash_IsPersistedQueryNotFound_ThenHashAndQueryRegister_ThenTheHashAloneWorks_OverPostAndGet()
    {
        await using var server = await TestServer.StartAsync(s_schema);

        var unknown = await PostAsync(server.Client, new { extensions = Extensions(s_hash) });
        Assert.Equal("PersistedQueryNotFound", unknown.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(unknown));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(await GetAsync(server.Client, s_hash)));

        var registered = await PostAsync(server.Client, new { query = Query, extensions = Extensions(s_hash) });
        Assert.Equal("hi", registered.GetProperty("data").GetProperty("hello").GetString());

        Assert.Equal("hi", (await PostAsync(server.Client, new { extensions = Extensions(s_hash.ToUpperInvariant()) })).GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("hi", (await GetAsync(server.Client, s_hash)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task RegisteringOverGet_Works()
    {
        await using var server = await TestServer.StartAsync(s_schema);

        Assert.Equal("hi", (await GetAsync(server.Client, s_hash, Query)).GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("hi", (await GetAsync(server.Client, s_hash)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task HashThatDoesNotMatchTheQuery_IsRefused_AndNothingIsStored()
    {
        await using var server = await TestServer.StartAsync(s_schema);
        var otherHash = PersistedQueryHash.Of("{ other }");

        var mismatch = await PostAsync(server.Client, new { query = Query, extensions = Extensions(otherHash) });

        Assert.Equal("provided sha does not match query", mismatch.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(mismatch.TryGetProperty("data", out _));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(await PostAsync(server.Client, new { extensions = Extensions(otherHash) })));
    }

    [Fact]
    public async Task MalformedPersistedQuery_IsRefused()
    {
        await using var server = await TestServer.StartAsync(s_schema);

        var body = await PostAsync(server.Client, new { extensions = new { persistedQuery = new { version = 2, sha256Hash = s_hash } } });

        Assert.Equal("PERSISTED_QUERY_INVALID", Code(body));
    }

    [Fact]
    public async Task InvalidDocuments_AreNotStored()
    {
        await using var server = await TestServer.StartAsync(s_schema);
        const string Invalid = "{ nope }";
        var hash = PersistedQueryHash.Of(Invalid);

        await PostAsync(server.Client, new { query = Invalid, extensions = Extensions(hash) });

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(await PostAsync(server.Client, new { extensions = Extensions(hash) })));
    }

    [Fact]
    public async Task AllowListOnly_ExecutesRegisteredDocuments_ByHashOrText_AndRefusesEverythingElse()
    {
        var registry = new DictionaryLookup(new Dictionary<string, string> { [s_hash] = Query });
        await using var server = await TestServer.StartAsync(s_schema, options =>
        {
            options.PersistedQueries.Registered = registry;
            options.PersistedQueries.RegisteredOnly = true;
        });

        Assert.Equal("hi", (await PostAsync(server.Client, new { extensions = Extensions(s_hash) })).GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("hi", (await PostAsync(server.Client, new { query = Query })).GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("hi", (await GetAsync(server.Client, s_hash)).GetProperty("data").GetProperty("hello").GetString());

        var other = await PostAsync(server.Client, new { query = "{ other }" });
        Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", Code(other));
        Assert.Contains("only executes registered queries", other.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        // APQ registration does not get around the list, and what it tried to register stays unknown.
        var otherHash = PersistedQueryHash.Of("{ other }");
        Assert.Equal("PERSISTED_QUERY_NOT_ALLOWED", Code(await PostAsync(server.Client, new { query = "{ other }", extensions = Extensions(otherHash) })));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(await PostAsync(server.Client, new { extensions = Extensions(otherHash) })));
    }

    private sealed class DictionaryLookup(Dictionary<string, string> documents) : IPersistedQueryLookup
    {
        public ValueTask<string?> FindAsync(string sha256Hash, CancellationToken cancellationToken) =>
            ValueTask.FromResult(documents.GetValueOrDefault(sha256Hash));
    }
}
