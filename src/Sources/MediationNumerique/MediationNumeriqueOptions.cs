namespace DataInclusion.Sources.MediationNumerique;

/// <summary>
/// Settings of the médiation numérique connector
/// (environment <c>MEDIATION_NUMERIQUE_API_URL</c>, <c>MEDIATION_NUMERIQUE_API_TOKEN</c>).
/// </summary>
public sealed class MediationNumeriqueOptions
{
    public const string SectionName = "Sources:MediationNumerique";

    /// <summary>API root; <c>/carto</c> is resolved against it.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.inclusion-numerique.anct.gouv.fr");

    /// <summary>Sent as <c>Authorization: Bearer</c> (interop §2.3, since January 2026).</summary>
    public string Token { get; set; } = string.Empty;

    public static MediationNumeriqueOptions FromEnvironment(Func<string, string?>? getVariable = null) => new()
    {
        BaseUrl = SourceEnvironment.Url(getVariable, "MEDIATION_NUMERIQUE_API_URL", new MediationNumeriqueOptions().BaseUrl),
        Token = SourceEnvironment.Get(getVariable, "MEDIATION_NUMERIQUE_API_TOKEN") ?? string.Empty,
    };
}
