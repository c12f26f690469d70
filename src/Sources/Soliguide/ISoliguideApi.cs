using DataInclusion.Sources.Http;
using Refit;

namespace DataInclusion.Sources.Soliguide;

/// <summary>Soliguide's <c>POST /new-search</c> (interop §2.2): every page is a POST to the same URL.</summary>
[Headers("Accept: application/json")]
internal interface ISoliguideApi
{
    [Post("")]
    Task<HttpResponseMessage> SearchAsync(
        [Url] Uri url,
        [Body] SoliguideSearch search,
        [Authorize("JWT")] string token,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);
}
