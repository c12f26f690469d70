using System.Text.Json;
using DataInclusion.Sources.Http;
using DataInclusion.Sources.V1Feed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DataInclusion.Sources.FranceTravail;

/// <summary>
/// France Travail (data-inclusion §2.2): an OAuth2 client-credentials token, then the référentiel des agences
/// (stream <c>agences</c>, JSON); and the services table exported from Grist (stream <c>services</c>, CSV).
/// </summary>
public sealed class FranceTravailConnector(ProducerClients http, FranceTravailOptions options, ILogger<FranceTravailConnector>? logger = null)
    : ISourceConnector
{
    public const string SourceId = "france-travail";

    public const string AgencesStream = "agences";

    public const string ServicesStream = "services";

    private const string AgencesPath = "partenaire/referentielagences/v1/agences?horaire=true";

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Source => SourceId;

    public async Task<IReadOnlyList<RawPayload>> FetchAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            throw new SourceFetchException(SourceId, AgencesStream, null, "no client credentials: set FRANCE_TRAVAIL_API_TOKEN to client_id:client_secret");
        }

        var api = http.Api<IFranceTravailApi>();
        var accessToken = await GetAccessTokenAsync(api, ct);
        var agencesUrl = new Uri(new Uri(options.ApiBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"), AgencesPath);
        var agences = await http.FetchAsync(
            new ProducerRequest(SourceId, AgencesStream, agencesUrl) { Validate = JsonBody.CheckArray },
            (request, token) => api.GetAgencesAsync(request.Url, accessToken, request, token),
            ct);
        SourceLog.StreamFetched(_logger, SourceId, AgencesStream, [agences]);
        if (options.ServicesUrl is null)
        {
            return [agences];
        }

        var grist = string.IsNullOrWhiteSpace(options.GristToken) ? null : "Bearer " + options.GristToken;
        var services = await http.FetchAsync(
            new ProducerRequest(SourceId, ServicesStream, options.ServicesUrl)
            {
                AcceptedMediaTypes = [FeedFormat.Csv, "text/plain", "application/octet-stream"],
                Validate = body => FeedFormat.Check(FeedFormat.Csv, body),
            },
            (request, token) => api.GetServicesCsvAsync(request.Url, grist, request, token),
            ct);
        SourceLog.StreamFetched(_logger, SourceId, ServicesStream, [services]);
        return [agences, services with { MediaType = FeedFormat.Csv }];
    }

    /// <summary>OAuth2 client credentials (RFC 6749 §4.4) with the scopes the agences API needs.</summary>
    private async Task<string> GetAccessTokenAsync(IFranceTravailApi api, CancellationToken ct)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.ClientId,
            ["client_secret"] = options.ClientSecret,
            ["scope"] = $"application_{options.ClientId} api_referentielagencesv1 organisationpe",
        };
        var answer = await http.FetchAsync(
            new ProducerRequest(SourceId, "oauth2-token", options.TokenUrl)
            {
                Validate = static body => JsonBody.Check(body, static root =>
                    root.ValueKind == JsonValueKind.Object && root.TryGetProperty("access_token", out var token) && token.ValueKind == JsonValueKind.String
                        ? null
                        : "the token answer has no access_token"),
            },
            (request, token) => api.RequestTokenAsync(request.Url, form, request, token),
            ct);
        using var document = JsonDocument.Parse(answer.Content);
        return document.RootElement.GetProperty("access_token").GetString()!;
    }
}
