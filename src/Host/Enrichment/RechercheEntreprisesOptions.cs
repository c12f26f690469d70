using Microsoft.Extensions.Configuration;

namespace DataInclusion.Host.Enrichment;

/// <summary>
/// The company lookup (configuration section <c>RechercheEntreprises</c>; the base URL from
/// <c>RECHERCHE_ENTREPRISES_URL</c>, unset = no lookup). Defaults follow the API's published limit: 7 requests/s per IP.
/// </summary>
internal sealed class RechercheEntreprisesOptions
{
    public const string SectionName = "RechercheEntreprises";
    public const string UrlVariable = "RECHERCHE_ENTREPRISES_URL";

    public Uri? BaseUrl { get; set; }

    /// <summary>Requests per second, all workers together (<c>RechercheEntreprises__RequestsPerSecond</c>).</summary>
    public double RequestsPerSecond { get; set; } = 7;

    /// <summary>Requests in flight at once (<c>RechercheEntreprises__MaxConcurrency</c>).</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Time allowed for one request before it counts as failed (<c>RechercheEntreprises__RequestTimeout</c>).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a cached answer is used before asking again (<c>RechercheEntreprises__CacheTtl</c>).</summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Time one run may spend asking (<c>RechercheEntreprises__MaxDuration</c>): at 7/s a national first run needs
    /// hours, so each run asks what it can and the cache fills over a few runs; SIRETs not reached keep NULL flags.
    /// </summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The options, or null when <c>RECHERCHE_ENTREPRISES_URL</c> is unset or blank.</summary>
    public static RechercheEntreprisesOptions? From(IConfiguration configuration, Func<string, string?> environment)
    {
        var url = environment(UrlVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var options = new RechercheEntreprisesOptions();
        configuration.GetSection(SectionName).Bind(options);
        options.BaseUrl = new Uri(url.TrimEnd('/') + "/", UriKind.Absolute);
        return options;
    }
}
