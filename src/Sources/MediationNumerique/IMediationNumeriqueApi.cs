using DataInclusion.Sources.Http;
using Refit;

namespace DataInclusion.Sources.MediationNumerique;

/// <summary>The ANCT Cartographie nationale's <c>GET /carto</c> (interop §2.3): Bearer auth, one unpaginated answer.</summary>
[Headers("Accept: application/json")]
internal interface IMediationNumeriqueApi
{
    [Get("")]
    Task<HttpResponseMessage> GetCartoAsync(
        [Url] Uri url,
        [Authorize("Bearer")] string token,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);
}
