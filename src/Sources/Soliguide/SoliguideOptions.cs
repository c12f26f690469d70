namespace DataInclusion.Sources.Soliguide;

/// <summary>Settings of the Soliguide connector (environment <c>SOLIGUIDE_API_URL</c>, <c>SOLIGUIDE_API_TOKEN</c>).</summary>
public sealed class SoliguideOptions
{
    public const string SectionName = "Sources:Soliguide";

    public Uri BaseUrl { get; set; } = new("https://api.soliguide.fr");

    /// <summary>The API user's JWT, issued by Solinum; sent as <c>Authorization: JWT &lt;token&gt;</c>.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>
    /// <c>options.limit</c>. Results are not sorted stably, so data·inclusion asks for more than the whole count
    /// at once (interop §2.2); smaller pages risk duplicates and gaps.
    /// </summary>
    public int PageSize { get; set; } = 50_000;

    /// <summary>Pause between pages, as data·inclusion does (10 s), to spare the API.</summary>
    public TimeSpan PageDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Search area: the whole country by default.</summary>
    public string GeoType { get; set; } = "pays";

    public string GeoValue { get; set; } = "fr";

    public static SoliguideOptions FromEnvironment(Func<string, string?>? getVariable = null) => new()
    {
        BaseUrl = SourceEnvironment.Url(getVariable, "SOLIGUIDE_API_URL", new SoliguideOptions().BaseUrl),
        Token = SourceEnvironment.Get(getVariable, "SOLIGUIDE_API_TOKEN") ?? string.Empty,
    };
}
