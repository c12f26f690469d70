namespace DataInclusion.Sources.Emplois;

/// <summary>Settings of the les emplois de l'inclusion connector (environment <c>EMPLOIS_API_URL</c>, <c>EMPLOIS_API_TOKEN</c>).</summary>
public sealed class EmploisOptions
{
    public const string SectionName = "Sources:Emplois";

    /// <summary>Site root, e.g. <c>https://emplois.inclusion.beta.gouv.fr</c>; a URL ending in <c>/api/v1/</c> also works.</summary>
    public Uri BaseUrl { get; set; } = new("https://emplois.inclusion.beta.gouv.fr");

    /// <summary>A ServiceToken of service <c>data-inclusion</c> (emplois API §2). Secret: environment only.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>Rows per page; the server has no maximum and data·inclusion uses 1000 (emplois API §3).</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>Reads <c>EMPLOIS_API_URL</c> (optional) and <c>EMPLOIS_API_TOKEN</c>.</summary>
    public static EmploisOptions FromEnvironment(Func<string, string?>? getVariable = null) => new()
    {
        BaseUrl = SourceEnvironment.Url(getVariable, "EMPLOIS_API_URL", new EmploisOptions().BaseUrl),
        Token = SourceEnvironment.Get(getVariable, "EMPLOIS_API_TOKEN") ?? string.Empty,
    };
}
