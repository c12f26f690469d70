using System.Text.Json;

namespace DataInclusion.Fakes.RechercheEntreprises;

/// <summary>
/// The public API Recherche d'entreprises (interop.md §5.6): <c>GET /search?q=&lt;siret&gt;</c> answers
/// <c>{results, total_results, page, per_page, total_pages}</c>, each result a legal unit with its <c>siege</c> and the
/// <c>matching_etablissements</c> the query matched (<c>siret</c>, <c>etat_administratif</c> A|F, <c>est_siege</c>).
/// No key. Unknown or non-diffusible SIRETs give an empty <c>results</c>. Faults come from <see cref="FakeServerBase.Faults"/>.
/// </summary>
public sealed class FakeRechercheEntreprisesServer : FakeServerBase
{
    private readonly Dictionary<string, (string Etat, bool Siege)> _establishments = new(StringComparer.Ordinal);

    private FakeRechercheEntreprisesServer()
    {
    }

    public static async Task<FakeRechercheEntreprisesServer> StartAsync(CancellationToken ct = default)
    {
        var server = new FakeRechercheEntreprisesServer();
        await server.StartServerAsync(ct);
        return server;
    }

    /// <summary>Registers an establishment: <paramref name="etat"/> is <c>A</c> (active) or <c>F</c> (closed).</summary>
    public FakeRechercheEntreprisesServer With(string siret, string etat, bool siege)
    {
        lock (_establishments)
        {
            _establishments[siret] = (etat, siege);
        }

        return this;
    }

    protected override FakeResponse Respond(RecordedRequest request)
    {
        if (request.Path != "/search")
        {
            return FakeResponse.Json(404, """{"erreur":"Not found"}""");
        }

        var q = request.Query("q").Replace(" ", string.Empty, StringComparison.Ordinal);
        if (q.Length < 3)
        {
            return FakeResponse.Json(400, """{"erreur":"Veuillez indiquer au moins un paramètre de recherche."}""");
        }

        List<(string Siret, string Etat, bool Siege)> matching;
        lock (_establishments)
        {
            matching = [.. _establishments.Where(e => e.Key == q || e.Key[..9] == q).Select(e => (e.Key, e.Value.Etat, e.Value.Siege))];
        }

        var results = matching.GroupBy(m => m.Siret[..9]).Select(unit => Unit(unit.Key, unit.ToList())).ToList();
        return FakeResponse.Json(200, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["results"] = results,
            ["total_results"] = results.Count,
            ["page"] = 1,
            ["per_page"] = 10,
            ["total_pages"] = results.Count == 0 ? 0 : 1,
        }));
    }

    private Dictionary<string, object?> Unit(string siren, List<(string Siret, string Etat, bool Siege)> matching)
    {
        (string Siret, string Etat, bool Siege)? head;
        lock (_establishments)
        {
            head = _establishments.Where(e => e.Key[..9] == siren && e.Value.Siege).Select(e => ((string, string, bool)?)(e.Key, e.Value.Etat, true)).FirstOrDefault();
        }

        var siege = head ?? matching[0];
        return new Dictionary<string, object?>
        {
            ["siren"] = siren,
            ["nom_complet"] = "ASSOCIATION " + siren,
            ["nombre_etablissements"] = matching.Count,
            ["etat_administratif"] = matching.All(m => m.Etat == "F") ? "C" : "A",
            ["siege"] = Establishment(siege),
            ["matching_etablissements"] = matching.Select(Establishment).ToList(),
        };
    }

    private static Dictionary<string, object?> Establishment((string Siret, string Etat, bool Siege) e) => new()
    {
        ["siret"] = e.Siret,
        ["adresse"] = "1 RUE DE LA PAIX 35000 RENNES",
        ["commune"] = "35238",
        ["etat_administratif"] = e.Etat,
        ["est_siege"] = e.Siege,
        ["date_fermeture"] = e.Etat == "F" ? "2023-12-31" : null,
    };
}
