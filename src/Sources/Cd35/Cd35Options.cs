namespace DataInclusion.Sources.Cd35;

/// <summary>Settings of the CD35 connector (environment <c>CD35_API_URL</c>: the FeatureServer layer URL; no token).</summary>
public sealed class Cd35Options
{
    public const string SectionName = "Sources:Cd35";

    /// <summary>The layer; <c>/query</c> is appended (data-inclusion §2.2).</summary>
    public Uri LayerUrl { get; set; } = new("https://services1.arcgis.com/jGLANYlFVVx3nuxa/arcgis/rest/services/annuaire_social_CD35/FeatureServer/0");

    /// <summary><c>resultRecordCount</c>; the server may return fewer (its <c>maxRecordCount</c>).</summary>
    public int PageSize { get; set; } = 1000;

    public static Cd35Options FromEnvironment(Func<string, string?>? getVariable = null) => new()
    {
        LayerUrl = SourceEnvironment.Url(getVariable, "CD35_API_URL", new Cd35Options().LayerUrl),
    };
}
