using DataInclusion.Host.Pipeline;
using DataInclusion.Normalize;
using DataInclusion.Sources;
using DataInclusion.Sources.V1Feed;
using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.Producers;

/// <summary>
/// A producer account as a source: the generic v1 feed connector over its registered URLs and <see cref="V1FeedMapper"/>,
/// exactly what a built-in v1 producer gets. Pushed files go through the same source with another connector
/// (<see cref="SubmissionConnector"/>).
/// </summary>
internal static class ProducerSource
{
    /// <summary>After the built-in sources' night (the last one fires at 04:20).</summary>
    public const string DefaultSchedule = "0 30 4 * * ?";

    public static SourceDefinition Define(ProducerAccount producer) => new(
        producer.Slug,
        producer.Name,
        producer.Feed.Schedule ?? DefaultSchedule,
        producer.InOpenData,
        RequiredVariables: [],
        services => Connector(producer, services),
        _ => new V1FeedMapper(producer.Slug),
        IsPulled: producer.Feed.IsPulled,
        IsRestricted: producer.IsRestricted);

    private static V1FeedConnector Connector(ProducerAccount producer, SourceServices services)
    {
        if (!producer.Feed.IsPulled)
        {
            throw new SourceFetchException(producer.Slug, "*", null,
                $"no feed registered; the producer pushes files (POST /api/v1/producers/{producer.Slug}/submissions) or registers feed URLs");
        }

        var options = new V1FeedOptions { Source = producer.Slug };
        foreach (var (stream, url) in producer.Feed.Streams)
        {
            options.Streams[stream] = url;
        }

        return new V1FeedConnector(services.Producers, options, services.LoggerFactory.CreateLogger<V1FeedConnector>());
    }
}
