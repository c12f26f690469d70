namespace DataInclusion.Sources.Http;

/// <summary>
/// Sits inside the standard resilience handler's retry and attempt timeout: reads each attempt's whole body, so a
/// connection cut mid-body surfaces as a retryable <see cref="HttpIOException"/> under the attempt's deadline, and a
/// 2xx body that fails the request's check (cut JSON, ArcGIS error...) as a retryable <see cref="TransientPayloadException"/>,
/// and a body past <paramref name="maxPayloadBytes"/> as a final <see cref="PayloadTooLargeException"/>.
/// </summary>
internal sealed class PayloadCheckHandler(long maxPayloadBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(ProducerRequest.Key, out var expected);
        expected?.RecordAttempt(request.Method);
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await BoundedBody.LoadAsync(response, maxPayloadBytes, cancellationToken);

            // A 2xx of another media type (an HTML maintenance page) is left to the caller: retrying would only loop on it.
            if (expected is not null && response.IsSuccessStatusCode && expected.Accepts(response.Content.Headers.ContentType?.MediaType)
                && expected.Validate?.Invoke(await response.Content.ReadAsByteArrayAsync(cancellationToken)) is { } reason)
            {
                throw new TransientPayloadException(reason);
            }

            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
