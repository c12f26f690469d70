namespace DataInclusion.Sources.Dora;

/// <summary>Settings of the Dora connector (environment <c>DORA_API_URL</c>, <c>DORA_API_TOKEN</c>).</summary>
public sealed class DoraOptions
{
    public const string SectionName = "Sources:Dora";

    /// <summary>API root; <c>/api/v2/structures/</c> and <c>/api/v2/services/</c> are resolved against it.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.dora.inclusion.gouv.fr");

    /// <summary>The DRF token of the data·inclusion account (interop §2.1: no other account may read the API).</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>Rows per page. Required: without <c>page_size</c> Dora answers one flat array (interop §2.1).</summary>
    public int PageSize { get; set; } = 1000;

    public static DoraOptions FromEnvironment(Func<string, string?>? getVariable = null) => new()
    {
        BaseUrl = SourceEnvironment.Url(getVariable, "DORA_API_URL", new DoraOptions().BaseUrl),
        Token = SourceEnvironment.Get(getVariable, "DORA_API_TOKEN") ?? string.Empty,
    };
}
