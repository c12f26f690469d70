namespace DataInclusion.Sources.Agefiph;

/// <summary>Settings of the Agefiph connector (environment <c>AGEFIPH_API_URL</c>; the API needs no token).</summary>
public sealed class AgefiphOptions
{
    public const string SectionName = "Sources:Agefiph";

    /// <summary>Site root; <c>/jsonapi/node/solution</c> and <c>/jsonapi/node/contact</c> are resolved against it.</summary>
    public Uri BaseUrl { get; set; } = new("https://www.agefiph.fr");

    public static AgefiphOptions FromEnvironment(Func<string, string?>? getVariable = null) => new()
    {
        BaseUrl = SourceEnvironment.Url(getVariable, "AGEFIPH_API_URL", new AgefiphOptions().BaseUrl),
    };
}
