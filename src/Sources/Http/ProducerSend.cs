namespace DataInclusion.Sources.Http;

/// <summary>One call of a producer's Refit interface, given the request to carry in its <c>[Property]</c> parameter.</summary>
public delegate Task<HttpResponseMessage> ProducerSend(ProducerRequest request, CancellationToken ct);
