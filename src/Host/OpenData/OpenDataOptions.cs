using Microsoft.Extensions.Configuration;

namespace DataInclusion.Host.OpenData;

/// <summary>Where the open-data set is built and served, and how often (configuration section <c>OpenData</c>).</summary>
internal sealed class OpenDataOptions
{
    public const string SectionName = "OpenData";

    /// <summary>The data directory: every set in <c>sets/</c>, and the pointer to the latest one.</summary>
    public string Directory { get; set; } = Path.Combine(".data", "opendata");

    /// <summary>
    /// How long an export waits after a publication for the next one: publications within this delay of each other
    /// make one export.
    /// </summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Longest wait after the first publication of a burst, however many follow: sources that keep publishing cannot
    /// postpone the export forever.
    /// </summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Days a dated archive is kept (the latest set always is).</summary>
    public int Keep { get; set; } = 30;

    public static OpenDataOptions From(IConfiguration configuration)
    {
        var options = new OpenDataOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options;
    }
}
