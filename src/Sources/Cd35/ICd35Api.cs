using DataInclusion.Sources.Http;
using Refit;

namespace DataInclusion.Sources.Cd35;

/// <summary>An ArcGIS FeatureServer layer's <c>query</c> operation, paged by <c>resultOffset</c>. No auth.</summary>
[Headers("Accept: application/json")]
internal interface ICd35Api
{
    /// <summary><paramref name="queryUrl"/> carries the fixed parameters (where, fields, order); the page ones are appended.</summary>
    [Get("")]
    Task<HttpResponseMessage> QueryAsync(
        [Url] Uri queryUrl,
        [Query, AliasAs("resultRecordCount")] int pageSize,
        [Query, AliasAs("resultOffset")] int offset,
        [Property(ProducerRequest.OptionKey)] ProducerRequest request,
        CancellationToken ct);
}
