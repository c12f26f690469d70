using DataInclusion.Host.Scheduling;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Producers;

/// <summary>
/// Registers (or clears) a producer's pull feed and makes its recurring job match at once: the one implementation
/// behind the CLI, the admin page and the producers' API.
/// </summary>
internal sealed class FeedRegistration(ProducerStore producers, IRecurringJobManager jobs, IConfiguration configuration, ILogger logger)
{
    /// <summary>Why the feed was refused (a French message: producers read it too), or null once it is registered.</summary>
    public async Task<string?> RegisterAsync(string slug, ProducerFeed feed, CancellationToken cancellationToken)
    {
        if (await producers.FindAsync(slug, cancellationToken) is not { } producer)
        {
            return $"aucun producteur ne s'appelle « {slug} »";
        }

        if (feed.Problem() is { } problem)
        {
            return problem;
        }

        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(SchedulerOptions.From(configuration).TimeZone);
        try
        {
            // Hangfire parses the cron here: an invalid one is refused before anything is stored.
            SourceSchedules.Apply(jobs, configuration, timeZone, ProducerSource.Define(producer with { Feed = feed }), logger);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return $"planification « {feed.Schedule} » invalide (cron à 5 ou 6 champs, secondes en tête) : {exception.Message}";
        }

        await producers.SetFeedAsync(slug, feed, cancellationToken);
        logger.FeedRegistered(slug, string.Join(", ", feed.Streams.Keys), feed.Schedule ?? (feed.IsPulled ? ProducerSource.DefaultSchedule : "none"));
        return null;
    }
}
