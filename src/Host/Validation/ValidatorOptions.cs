using Microsoft.Extensions.Configuration;

namespace DataInclusion.Host.Validation;

/// <summary>Limits of the producers' validator (section <c>Validator</c>: <c>Validator__MaxBytes</c>…).</summary>
internal sealed class ValidatorOptions
{
    public const string SectionName = "Validator";

    /// <summary>Largest file accepted, per file (20 MB, as the page says); above it the API answers 413.</summary>
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Most files in one request (structures and services CSV, plus room for a workbook or a zip).</summary>
    public int MaxFiles { get; set; } = 4;

    /// <summary>How long fetching a file by URL may take, connection included.</summary>
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Lets URL fetches reach loopback and private addresses: for tests and closed networks only.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How long a report stays downloadable from the page (CSV, annotated workbook).</summary>
    public TimeSpan ReportLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Bytes of reports and workbooks kept for download at once; the oldest go first.</summary>
    public long ReportStoreBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>The whole body of a request: every file at its maximum, plus the multipart framing.</summary>
    public long MaxRequestBytes => (MaxBytes * MaxFiles) + (64 * 1024);

    public static ValidatorOptions From(IConfiguration configuration)
    {
        var options = new ValidatorOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options;
    }

    public string TooLargeMessage(string file) => $"Le fichier « {file} » dépasse la taille permise de {Size(MaxBytes)} (Validator__MaxBytes).";

    /// <summary>A size in French units: 20 Mo, 4 Ko, 900 octets.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024.0):0.#} Mo",
        >= 1024 => $"{bytes / 1024.0:0.#} Ko",
        _ => $"{bytes} octets",
    };
}
