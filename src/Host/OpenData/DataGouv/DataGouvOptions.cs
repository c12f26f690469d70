using Microsoft.Extensions.Configuration;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>
/// Publication to data.gouv.fr: the key, dataset and API root from the environment (secrets only from there), the
/// upload and retry limits from the <c>DataGouv</c> section (e.g. <c>DataGouv__ChunkSize</c>).
/// </summary>
internal sealed class DataGouvOptions
{
    public const string SectionName = "DataGouv";
    public const string ApiKeyVariable = "DATAGOUV_API_KEY";
    public const string DatasetVariable = "DATAGOUV_DATASET_ID";
    public const string ApiUrlVariable = "DATAGOUV_API_URL";

    /// <summary>interop §3: the production API root.</summary>
    public static readonly Uri ProductionApi = new("https://www.data.gouv.fr/api/1/");

    public string? ApiKey { get; set; }

    public string? DatasetId { get; set; }

    public Uri ApiUrl { get; set; } = ProductionApi;

    /// <summary>Files larger than this are sent in parts of this size (udata's chunked upload); smaller ones in one request.</summary>
    public int ChunkSize { get; set; } = 8 * 1024 * 1024;

    /// <summary>Attempts per request, the first included (network errors, timeouts, 5xx, 408, 429).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First retry delay; later ones double, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time allowed to one request (one file or one part).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The schema of the structures and services files in data.gouv.fr's catalogue (<c>schema.name</c>), when set. udata
    /// refuses names its catalogue does not know, so nothing is sent unless an operator names it.
    /// </summary>
    public string? SchemaName { get; set; }

    public string? SchemaVersion { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(DatasetId);

    public static DataGouvOptions From(IConfiguration configuration, Func<string, string?> environment)
    {
        var options = new DataGouvOptions();
        configuration.GetSection(SectionName).Bind(options);
        options.ApiKey = environment(ApiKeyVariable);
        options.DatasetId = environment(DatasetVariable);
        if (environment(ApiUrlVariable) is { Length: > 0 } url)
        {
            options.ApiUrl = new Uri(url.EndsWith('/') ? url : url + "/");
        }

        return options;
    }
}
