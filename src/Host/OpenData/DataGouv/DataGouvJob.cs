using Hangfire;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>
/// The scheduled publication to data.gouv.fr (recurring job <see cref="RecurringJobId"/>). Fails in Hangfire when a
/// file could not be published, so the dashboard shows it; each file's outcome is in <c>ops.datagouv_resources</c>.
/// No automatic retry: the HTTP client already retried, and the next slot or <c>publish-opendata</c> tries again.
/// </summary>
[AutomaticRetry(Attempts = 0)]
internal sealed class DataGouvJob(DataGouvPublishing publishing)
{
    public const string RecurringJobId = "opendata";

    /// <summary>data-inclusion §6: Mondays at 14:00, Europe/Paris.</summary>
    public const string DefaultSchedule = "0 14 * * 1";

    public async Task RunAsync(string trigger, CancellationToken cancellationToken)
    {
        var publication = await publishing.PublishLatestAsync(trigger, exportFirst: false, cancellationToken);
        if (!publication.Succeeded)
        {
            throw new InvalidOperationException(
                $"{publication.Failures.Count} file(s) of set {publication.SetId} not published: "
                + string.Join("; ", publication.Failures.Select(f => $"{f.FileName}: {f.Reason}")));
        }
    }
}
