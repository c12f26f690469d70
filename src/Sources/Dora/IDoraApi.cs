using DataInclusion.Sources.Http;
using Refit;

namespace DataInclusion.Sources.Dora;

/// <summary>Dora's <c>/api/v2/structures/</c> and <c>/api/v2/services/</c> (interop §2.1): DRF token auth, DRF pages.</summary>
[Headers("Accept: application/json")]
internal interface IDoraApi
{
    [Get("")]
    Task<HttpResponseMessage> GetPageAsync(
        [Url] Uri url,
        [Authorize("Token")] string token,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);
}
