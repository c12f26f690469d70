using System.Net.Http.Headers;
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
public sealed class FranceTravailConnector(ResilientHttpClient http, FranceTravailOptions options, ILogger<FranceTravailConnector>? logger = null)
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

        var token = await GetAccessTokenAsync(ct);
        var agencesUrl = new Uri(new Uri(options.ApiBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"), AgencesPath);
        var agences = await http.FetchAsync(
            new HttpFetchRequest(SourceId, AgencesStream, agencesUrl)
            {
                Authorization = new AuthenticationHeaderValue("Bearer", token),
                Validate = JsonBody.CheckArray,
            },
            ct);
        SourceLog.StreamFetched(_logger, SourceId, AgencesStream, [agences]);
        if (options.ServicesUrl is null)
        {
            return [agences];
        }

        var services = await http.FetchAsync(
            new HttpFetchRequest(SourceId, ServicesStream, options.ServicesUrl)
            {
                Accept = "text/csv",
                AcceptedMediaTypes = [FeedFormat.Csv, "text/plain", "application/octet-stream"],
                Authorization = string.IsNullOrWhiteSpace(options.GristToken) ? null : new AuthenticationHeaderValue("Bearer", options.GristToken),
                Validate = body => FeedFormat.Check(FeedFormat.Csv, body),
            },
            ct);
        SourceLog.StreamFetched(_logger, SourceId, ServicesStream, [services]);
        return [agences, services with { MediaType = FeedFormat.Csv }];
    }

    /// <summary>OAuth2 client credentials (RFC 6749 §4.4) with the scopes the agences API needs.</summary>
    private async Task<string> GetAccessTokenAsync(CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.ClientId,
            ["client_secret"] = options.ClientSecret,
            ["scope"] = $"application_{options.ClientId} api_referentielagencesv1 organisationpe",
        });
        var answer = await http.FetchAsync(
            new HttpFetchRequest(SourceId, "oauth2-token", options.TokenUrl)
            {
                Method = HttpMethod.Post,
                Body = await form.ReadAsByteArrayAsync(ct),
                ContentType = "application/x-www-form-urlencoded",
                Validate = static body => JsonBody.Check(body, static root =>
                    root.ValueKind == JsonValueKind.Object && root.TryGetProperty("access_token", out var token) && token.ValueKind == JsonValueKind.String
                        ? null
                        : "the token answer has no access_token"),
            },
            ct);
        using var document = JsonDocument.Parse(answer.Content);
        return document.RootElement.GetProperty("access_token").GetString()!;
    }
}
