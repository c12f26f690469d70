namespace DataInclusion.Sources.V1Feed;

/// <summary>
/// A producer publishing files already in schema v1: one URL or local path per stream
/// (environment <c>&lt;SOURCE&gt;_STRUCTURES_URL</c>, <c>&lt;SOURCE&gt;_SERVICES_URL</c>, or <c>&lt;SOURCE&gt;_CLASSEUR_URL</c> for one
/// XLSX workbook holding both sheets; optional <c>&lt;SOURCE&gt;_API_TOKEN</c>).
/// </summary>
public sealed class V1FeedOptions
{
    /// <summary>The source id (slug) the records belong to, e.g. <c>action-logement</c>.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>
    /// Stream name (<c>structures</c>, <c>services</c>, <c>classeur</c>: names the V1FeedMapper reads) → an http(s) URL, a <c>file://</c> URI or a local path.
    /// Fetched in this order.
    /// </summary>
    public IDictionary<string, string> Streams { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Sent as <c>Authorization: Bearer</c> to http(s) URLs when set (e.g. a Grist API key).</summary>
    public string? Token { get; set; }

    public static V1FeedOptions FromEnvironment(string source, Func<string, string?>? getVariable = null)
    {
        var prefix = SourceEnvironment.Prefix(source);
        var options = new V1FeedOptions { Source = source, Token = SourceEnvironment.Get(getVariable, $"{prefix}_API_TOKEN") };
        foreach (var stream in (string[])["structures", "services", "classeur"])
        {
            if (SourceEnvironment.Get(getVariable, $"{prefix}_{stream.ToUpperInvariant()}_URL") is { } location)
            {
                options.Streams[stream] = location;
            }
        }

        return options;
    }
}
