using System.Collections.Frozen;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace DataInclusion.GraphQL.Http.GraphiQL;

/// <summary>
/// The offline GraphiQL bundle embedded in this assembly (built by GraphiQL.targets): the HTML page and its assets
/// (graphiql.js, graphiql.css, the Monaco workers, license notices), for an HTTP endpoint to serve.
/// </summary>
public static class GraphiQLPage
{
    private const string ResourcePrefix = "DataInclusion.GraphQL.Http.GraphiQL.";
    private const string PageResource = "index.html";

    private static readonly Lazy<FrozenDictionary<string, GraphiQLAsset>> s_assets = new(LoadAssets);

    /// <summary>False when the engine was built with -p:DisableGraphiQLBundle=true.</summary>
    public static bool IsAvailable => s_assets.Value.ContainsKey(PageResource);

    /// <summary>Asset file names (e.g. "graphiql.js"), the last segment of their URLs.</summary>
    public static IReadOnlyCollection<string> AssetNames => s_assets.Value.Keys.Where(k => k != PageResource).ToList();

    /// <summary>
    /// The GraphiQL HTML page, reading assets from <paramref name="assetsPath"/> (e.g. "/graphiql") and sending
    /// queries to <paramref name="endpoint"/> (e.g. "/graphql"); both may be absolute or relative URLs.
    /// </summary>
    /// <param name="endpoint">Where queries go.</param>
    /// <param name="assetsPath">Where the bundle's files are served.</param>
    /// <param name="defaultTabs">The tabs a first visit opens (none saved in the browser, no <c>?query=</c>); the first
    /// one is also the query of a new tab. Null or empty: GraphiQL's own welcome comment.</param>
    public static string RenderHtml(string endpoint, string assetsPath, IReadOnlyList<GraphiQLTab>? defaultTabs = null)
    {
        if (!s_assets.Value.TryGetValue(PageResource, out var page))
        {
            throw new InvalidOperationException("GraphiQL is not embedded: the engine was built with DisableGraphiQLBundle=true.");
        }

        // The config sits in a <script> element: System.Text.Json escapes '<', '>' and '&', so no "</script>" can close it.
        var config = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["endpoint"] = endpoint,
            ["assets"] = assetsPath,
            ["defaultTabs"] = (defaultTabs ?? []).Select(t => new Dictionary<string, string?> { ["query"] = t.Query, ["variables"] = t.Variables }).ToList(),
        });
        return Encoding.UTF8.GetString(page.Content.Span)
            .Replace("{{assets}}", WebUtility.HtmlEncode(assetsPath.TrimEnd('/')), StringComparison.Ordinal)
            .Replace("{{config}}", config, StringComparison.Ordinal);
    }

    /// <summary>Finds an asset by file name; the page itself is not an asset (use <see cref="RenderHtml"/>).</summary>
    public static bool TryGetAsset(string fileName, out GraphiQLAsset asset)
    {
        if (fileName != PageResource && s_assets.Value.TryGetValue(fileName, out var found))
        {
            asset = found;
            return true;
        }

        asset = null!;
        return false;
    }

    private static FrozenDictionary<string, GraphiQLAsset> LoadAssets()
    {
        var assembly = typeof(GraphiQLPage).Assembly;
        var assets = new Dictionary<string, GraphiQLAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var fileName = resource[ResourcePrefix.Length..];
            assets[fileName] = new GraphiQLAsset(fileName, ContentTypeOf(fileName), Read(assembly, resource));
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ContentTypeOf(string fileName) => Path.GetExtension(fileName) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
}
