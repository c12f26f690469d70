using DataInclusion.Sources.Http;
using Refit;

namespace DataInclusion.Sources.Paging;

/// <summary>A Django REST Framework list with DRF token auth: pages whose <c>next</c> is absolute (emplois API §3, interop §2.1).</summary>
[Headers("Accept: application/json")]
internal interface IDrfApi
{
    /// <summary>DRF TokenAuthentication: the keyword is "Token"; "Bearer" would be ignored and answered with 401 (emplois API §2).</summary>
    [Get("")]
    Task<HttpResponseMessage> GetPageAsync(
        [Url] Uri url,
        [Authorize("Token")] string token,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);
}
