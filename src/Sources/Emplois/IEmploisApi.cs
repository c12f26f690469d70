using DataInclusion.Sources.Http;
using Refit;

namespace DataInclusion.Sources.Emplois;

/// <summary>les emplois de l'inclusion's structures list (emplois API §3, §6): DRF pages whose <c>next</c> is absolute.</summary>
[Headers("Accept: application/json")]
internal interface IEmploisApi
{
    /// <summary>emplois API §2: the keyword is "Token"; "Bearer" would be ignored and answered with 401.</summary>
    [Get("")]
    Task<HttpResponseMessage> GetPageAsync(
        [Url] Uri url,
        [Authorize("Token")] string token,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);
}
