using Microsoft.Extensions.Configuration;

namespace DataInclusion.Host.Producers;

/// <summary>Limits of the producers' doors (configuration section <c>Producers</c>, e.g. <c>Producers__MaxSubmissionBytes</c>).</summary>
internal sealed class ProducerOptions
{
    public const string SectionName = "Producers";

    /// <summary>Largest request body a submission may have (the whole multipart or JSON body), refused with 413 before it is read.</summary>
    public long MaxSubmissionBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Refused tokens one client address may present within <see cref="FailedAttemptWindow"/> before it gets 429.</summary>
    public int MaxFailedAttempts { get; set; } = 10;

    public TimeSpan FailedAttemptWindow { get; set; } = TimeSpan.FromMinutes(15);

    public static ProducerOptions From(IConfiguration configuration)
    {
        var options = new ProducerOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options;
    }
}
