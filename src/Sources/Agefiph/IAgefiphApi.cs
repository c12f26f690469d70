using DataInclusion.Sources.Http;
using Refit;

namespace DataInclusion.Sources.Agefiph;

/// <summary>Agefiph's Drupal JSON:API collections (jsonapi.org v1.0 §7.1, §9): <c>links.next.href</c> is absolute. No auth.</summary>
[Headers("Accept: " + AgefiphConnector.MediaType)]
internal interface IAgefiphApi
{
    [Get("")]
    Task<HttpResponseMessage> GetPageAsync(
        [Url] Uri url,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);
}
