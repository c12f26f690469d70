using System.Net;
using System.Text.Json;

namespace DataInclusion.Host.Enrichment;

/// <summary>
/// Asks the public API Recherche d'entreprises (interop.md §5.6, no key) about one SIRET:
/// <c>GET /search?q=&lt;siret&gt;&amp;minimal=true&amp;include=siege,matching_etablissements</c>, then finds the
/// establishment among the results' <c>matching_etablissements</c> (or <c>siege</c>).
/// </summary>
/// <remarks>
/// Total: a timeout, a 429, a 5xx, a body that is not the contract's JSON all give null (ask again next run), never an
/// exception; only cancellation of the run propagates.
/// </remarks>
internal sealed class RechercheEntreprisesClient(HttpClient http, TimeSpan requestTimeout)
{
    public async Task<EstablishmentStatus?> LookupAsync(string siret, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(requestTimeout);
        try
        {
            using var response = await http.GetAsync(
                new Uri($"search?q={siret}&minimal=true&include=siege,matching_etablissements&page=1&per_page=5", UriKind.Relative),
                HttpCompletionOption.ResponseContentRead, timeout.Token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var document = await JsonDocument.ParseAsync(body, default, timeout.Token);
            return Read(siret, document.RootElement);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null; // the request's own timeout
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>The establishment in a <c>/search</c> answer; null when the answer does not have the contract's shape.</summary>
    internal static EstablishmentStatus? Read(string siret, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var unit in results.EnumerateArray())
        {
            if (unit.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var candidates = unit.TryGetProperty("matching_etablissements", out var matching) && matching.ValueKind == JsonValueKind.Array
                ? matching.EnumerateArray().ToList()
                : [];
            if (unit.TryGetProperty("siege", out var siege))
            {
                candidates.Add(siege);
            }

            foreach (var establishment in candidates.Where(e => e.ValueKind == JsonValueKind.Object))
            {
                if (Text(establishment, "siret") == siret)
                {
                    var etat = Text(establishment, "etat_administratif");
                    bool? estSiege = establishment.TryGetProperty("est_siege", out var s) && s.ValueKind is JsonValueKind.True or JsonValueKind.False
                        ? s.GetBoolean()
                        : null;
                    return new EstablishmentStatus(siret, true, etat, estSiege);
                }
            }
        }

        return new EstablishmentStatus(siret, false, null, null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
