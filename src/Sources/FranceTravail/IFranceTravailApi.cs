using DataInclusion.Sources.Http;
using Refit;

namespace DataInclusion.Sources.FranceTravail;

/// <summary>France Travail's OAuth2 token endpoint and référentiel des agences, and the Grist CSV export of its services.</summary>
internal interface IFranceTravailApi
{
    /// <summary>OAuth2 client credentials (RFC 6749 §4.4): a form POST.</summary>
    [Post("")]
    [Headers("Accept: application/json")]
    Task<HttpResponseMessage> RequestTokenAsync(
        [Url] Uri url,
        [Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);

    [Get("")]
    [Headers("Accept: application/json")]
    Task<HttpResponseMessage> GetAgencesAsync(
        [Url] Uri url,
        [Authorize("Bearer")] string accessToken,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);

    /// <summary>The Grist export; <paramref name="authorization"/> (<c>Bearer key</c>) is left out when null.</summary>
    [Get("")]
    [Headers("Accept: text/csv")]
    Task<HttpResponseMessage> GetServicesCsvAsync(
        [Url] Uri url,
        [Header("Authorization")] string? authorization,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);
}
