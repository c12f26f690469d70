using Microsoft.Extensions.Logging;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>
/// Publishes the latest set to data.gouv.fr: the one door of the schedule and of <c>publish-opendata</c>. Builds a
/// set first when asked to, or when none was built yet.
/// </summary>
internal sealed class DataGouvPublishing(
    OpenDataDirectory directory, OpenDataBuilder builder, DataGouvOptions options, DataGouvResourceStore resources, ILoggerFactory loggerFactory)
{
    public DataGouvOptions Options => options;

    public async Task<DataGouvPublication> PublishLatestAsync(string trigger, bool exportFirst, CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            throw new InvalidOperationException(
                $"Publication to data.gouv.fr needs {DataGouvOptions.ApiKeyVariable} and {DataGouvOptions.DatasetVariable}.");
        }

        var catalog = exportFirst ? null : directory.LatestSetId() is { } id ? directory.ReadSet(id) : null;
        if (catalog is null)
        {
            catalog = await builder.BuildAsync(trigger, cancellationToken)
                ?? throw new InvalidOperationException("Another open-data export is running; publish again once it is done.");
        }

        using var client = UdataClient.Create(options, loggerFactory);
        var publisher = new DataGouvPublisher(client.Api, options, directory, resources, loggerFactory.CreateLogger<DataGouvPublisher>());
        return await publisher.PublishAsync(catalog, cancellationToken);
    }
}
