using System.Net;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using Refit;

namespace DataInclusion.Host.OpenData.DataGouv;

/// <summary>
/// Publishes a set to the dataset: for each file, replaces the file of its resource in place (same id, so re-users'
/// links stay), or creates the resource once and remembers its id; then sets the resource's metadata. udata swaps a
/// file only when its upload completes, so a failed upload leaves the previous file online; it is recorded and the
/// other files still go.
/// </summary>
internal sealed partial class DataGouvPublisher(
    IUdataApi api, DataGouvOptions options, OpenDataDirectory directory, DataGouvResourceStore resources, ILogger logger)
{
    private string Dataset => options.DatasetId!;

    public async Task<DataGouvPublication> PublishAsync(OpenDataCatalog catalog, CancellationToken cancellationToken)
    {
        var date = OpenDataDirectory.DateOf(catalog.SetId);
        var failures = new List<DataGouvFailure>();
        foreach (var file in catalog.Files)
        {
            try
            {
                await PublishFileAsync(catalog, file, date, cancellationToken);
            }
            catch (Exception ex) when (IsUploadFault(ex, cancellationToken))
            {
                var reason = Describe(ex);
                failures.Add(new DataGouvFailure(file.Name, reason));
                await resources.FailAsync(Dataset, file.Name, reason, CancellationToken.None);
                logger.UploadFailed(ex is ApiException or ApiRequestException or UdataUploadException ? null : ex, file.Name, reason);
            }
        }

        logger.PublicationDone(catalog.SetId, catalog.Files.Count - failures.Count, failures.Count);
        return new DataGouvPublication(catalog.SetId, catalog.Files.Count - failures.Count, failures);
    }

    private async Task PublishFileAsync(OpenDataCatalog catalog, OpenDataCatalogFile file, string date, CancellationToken cancellationToken)
    {
        var uploadName = ResourceNaming.UploadName(file, date);
        var path = directory.PathOf(catalog, file.Name);
        var resourceId = await resources.ResourceIdAsync(Dataset, file.Name, cancellationToken)
            ?? await FindResourceAsync(file.Name, uploadName, cancellationToken);
        UdataResource uploaded;
        if (resourceId is not null)
        {
            try
            {
                uploaded = await UploadAsync(resourceId, file, path, uploadName, cancellationToken);
            }
            catch (ApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                // Deleted on data.gouv.fr since: created again below, under a new id.
                resourceId = null;
                uploaded = await CreateAsync(file, path, uploadName, cancellationToken);
            }
        }
        else
        {
            uploaded = await CreateAsync(file, path, uploadName, cancellationToken);
        }

        resourceId = uploaded.Id;
        await api.UpdateResourceAsync(Dataset, resourceId, Metadata(file, date), cancellationToken);
        await resources.SucceedAsync(Dataset, file.Name, resourceId, catalog.SetId, CancellationToken.None);
        logger.FileUploaded(file.Name, resourceId, Dataset, file.Length, Parts(file.Length));
    }

    private async Task<UdataResource> CreateAsync(OpenDataCatalogFile file, string path, string uploadName, CancellationToken cancellationToken)
    {
        var created = await UploadAsync(null, file, path, uploadName, cancellationToken);
        await resources.RememberAsync(Dataset, file.Name, created.Id, CancellationToken.None);
        logger.ResourceCreated(file.Name, created.Id);
        return created;
    }

    /// <summary>
    /// A resource of the dataset that already holds this file though we lost its id (a creation whose answer never came
    /// back, or a fresh database): the extra our metadata sets, or the title udata gives a new upload.
    /// </summary>
    private async Task<string?> FindResourceAsync(string fileName, string uploadName, CancellationToken cancellationToken)
    {
        var dataset = await api.GetDatasetAsync(Dataset, cancellationToken);
        var found = dataset.Resources?.FirstOrDefault(r =>
            (r.Extras is { } extras && extras.TryGetValue(ResourceNaming.FileExtra, out var value)
                && value.ValueKind == System.Text.Json.JsonValueKind.String && value.GetString() == fileName)
            || r.Title == uploadName);
        if (found is not null)
        {
            await resources.RememberAsync(Dataset, fileName, found.Id, CancellationToken.None);
        }

        return found?.Id;
    }

    private UdataResourceMetadata Metadata(OpenDataCatalogFile file, string date) => new(
        ResourceNaming.Title(file, date),
        ResourceNaming.Description(file, date),
        ResourceNaming.Format(file),
        ResourceNaming.Type(file),
        ResourceNaming.IsData(file) && options.SchemaName is { Length: > 0 } schema ? new UdataSchema(schema, options.SchemaVersion) : null,
        new Dictionary<string, string> { [ResourceNaming.FileExtra] = file.Name });

    private int Parts(long length) => length <= options.ChunkSize ? 1 : (int)((length + options.ChunkSize - 1) / options.ChunkSize);

    private static bool IsUploadFault(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ApiException or ApiRequestException or HttpRequestException or TimeoutRejectedException or IOException or UdataUploadException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private string Describe(Exception exception) => exception switch
    {
        // Refit wraps what the resilience handler finally threw (timeouts, network errors).
        ApiRequestException { InnerException: { } inner } => Describe(inner),
        ApiException api => $"HTTP {(int)api.StatusCode} {api.ReasonPhrase} from {api.HttpMethod} {api.Uri?.AbsolutePath}"
            + (string.IsNullOrWhiteSpace(api.Content) ? string.Empty : $": {Excerpt(api.Content)}"),
        TimeoutRejectedException => $"no answer within {options.AttemptTimeout.TotalSeconds:0.###} s (after {options.MaxAttempts} attempts)",
        OperationCanceledException => "the request timed out",
        _ => exception.Message,
    };

    private static string Excerpt(string content)
    {
        var flat = content.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 300 ? flat : flat[..300] + "…";
    }
}
