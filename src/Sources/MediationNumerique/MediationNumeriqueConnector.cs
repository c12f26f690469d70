using DataInclusion.Sources.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Sources.MediationNumerique;

/// <summary>
/// Lieux de médiation numérique from the ANCT Cartographie nationale, <c>GET /carto</c> (interop §2.3,
/// data-inclusion §2.2): Bearer auth, one unpaginated JSON answer.
/// </summary>
public sealed class MediationNumeriqueConnector(
    ProducerClients http,
    MediationNumeriqueOptions options,
    ILogger<MediationNumeriqueConnector>? logger = null) : ISourceConnector
{
    public const string SourceId = "mediation-numerique";

    public const string Stream = "structures";

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Source => SourceId;

    public async Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            throw new SourceFetchException(SourceId, Stream, null, "no API token: set MEDIATION_NUMERIQUE_API_TOKEN");
        }

        var url = new Uri(options.BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/carto");
        var api = http.Api<IMediationNumeriqueApi>();
        var payload = await http.FetchAsync(
            new ProducerRequest(SourceId, Stream, url) { Validate = JsonBody.CheckParses },
            (request, token) => api.GetCartoAsync(request.Url, options.Token, request, token),
            ct);
        SourceLog.StreamFetched(_logger, SourceId, Stream, [payload]);
        return [payload];
    }
}
