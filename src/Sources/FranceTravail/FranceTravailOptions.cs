namespace DataInclusion.Sources.FranceTravail;

/// <summary>
/// Settings of the France Travail connector. Environment: <c>FRANCE_TRAVAIL_API_TOKEN</c> = <c>client_id:client_secret</c>
/// (as data·inclusion's <c>FT_API_TOKEN</c>), optional <c>FRANCE_TRAVAIL_API_URL</c>, <c>FRANCE_TRAVAIL_TOKEN_URL</c>,
/// <c>FRANCE_TRAVAIL_SERVICES_URL</c>, and <c>GRIST_API_TOKEN</c> for the services CSV.
/// </summary>
public sealed class FranceTravailOptions
{
    public const string SectionName = "Sources:FranceTravail";

    /// <summary>OAuth2 token endpoint, realm included (data-inclusion §2.2).</summary>
    public Uri TokenUrl { get; set; } = new("https://entreprise.francetravail.fr/connexion/oauth2/access_token?realm=/partenaire");

    /// <summary>Root of api.francetravail.io; the agences path is resolved against it.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.francetravail.io");

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The Grist CSV export of France Travail's services (already shaped like schema v1); null skips the stream.</summary>
    public Uri? ServicesUrl { get; set; } = new("https://grist.numerique.gouv.fr/o/gipinclusion/api/docs/5NZ4vboTQXZs/download/csv?tableId=Services");

    /// <summary>Grist API key, sent as <c>Authorization: Bearer</c> to <see cref="ServicesUrl"/>.</summary>
    public string? GristToken { get; set; }

    public static FranceTravailOptions FromEnvironment(Func<string, string?>? getVariable = null)
    {
        var defaults = new FranceTravailOptions();
        var credentials = SourceEnvironment.Get(getVariable, "FRANCE_TRAVAIL_API_TOKEN") ?? string.Empty;
        var separator = credentials.IndexOf(':', StringComparison.Ordinal);
        return new FranceTravailOptions
        {
            TokenUrl = SourceEnvironment.Url(getVariable, "FRANCE_TRAVAIL_TOKEN_URL", defaults.TokenUrl),
            ApiBaseUrl = SourceEnvironment.Url(getVariable, "FRANCE_TRAVAIL_API_URL", defaults.ApiBaseUrl),
            ClientId = separator < 0 ? credentials : credentials[..separator],
            ClientSecret = separator < 0 ? string.Empty : credentials[(separator + 1)..],
            ServicesUrl = SourceEnvironment.Url(getVariable, "FRANCE_TRAVAIL_SERVICES_URL", defaults.ServicesUrl!),
            GristToken = SourceEnvironment.Get(getVariable, "GRIST_API_TOKEN"),
        };
    }
}
