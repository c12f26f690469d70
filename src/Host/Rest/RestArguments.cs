using System.Globalization;
using DataInclusion.Host.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace DataInclusion.Host.Rest;

/// <summary>
/// Reads an endpoint's query parameters (those of its <see cref="RestParameter"/> set only; others are ignored, as
/// FastAPI does) into the query layer's <see cref="MartFilter"/> and a page request, collecting every refusal as a
/// FastAPI-like <see cref="RestError"/>. No filter rule lives here: values go to <see cref="MartFilterValidation"/>.
/// </summary>
internal sealed class RestArguments(IQueryCollection query, IReadOnlyList<RestParameter> parameters)
{
    private readonly List<RestError> _errors = [];

    public List<RestError> Errors => _errors;

    /// <summary>The filter named by the parameters; in the searches <c>code_commune</c> is the person's place, not a filter.</summary>
    public MartFilter Filter(bool codeCommuneIsOrigin = false) => new(
        Sources: Texts("sources"),
        CodeCommune: codeCommuneIsOrigin ? null : Text("code_commune"),
        CodeDepartement: Text("code_departement"),
        Thematiques: Texts("thematiques"),
        Publics: Texts("publics"),
        ExclureDoublons: Boolean("exclure_doublons") ?? false,
        ScoreQualiteMinimum: Number("score_qualite_minimum"),
        ReseauxPorteurs: Texts("reseaux_porteurs"),
        Frais: Texts("frais"),
        ModesAccueil: Texts("modes_accueil"),
        Types: Texts("types"),
        UpdatedSince: Instant("updated_since"),
        CodeRegion: Text("code_region"),
        CodeEpci: Text("code_epci"),
        SlugDepartement: Text("slug_departement"),
        SlugRegion: Text("slug_region"),
        RecherchePublic: Text("recherche_public"));

    /// <summary>The place of a search, as <see cref="GeoSearch"/> resolves it.</summary>
    public SearchArea Area() => new(Text("code_commune"), Number("lat"), Number("lon"), Number("distance") ?? SearchArea.DefaultDistanceKm);

    /// <summary>The page asked for: a number (default 1) or a cursor, and a size (1–10000, default 5000).</summary>
    public RestPaging Paging()
    {
        var size = Integer("size") ?? RestParameters.DefaultSize;
        if (size is < 1 or > RestParameters.MaxSize)
        {
            _errors.Add(RestError.Query("size", $"la taille de page doit être comprise entre 1 et {RestParameters.MaxSize} ; reçu {size}.", size));
        }

        var page = Integer("page");
        if (page is < 1)
        {
            _errors.Add(RestError.Query("page", $"le numéro de page commence à 1 ; reçu {page}.", page));
        }

        var cursor = Text("cursor");
        if (cursor is not null && page is > 1)
        {
            _errors.Add(RestError.Query("cursor", "cursor et page s’excluent : suivez le champ next, ou numérotez les pages.", cursor));
        }

        return new RestPaging(page ?? 1, size, cursor);
    }

    /// <summary>Adds the query layer's refusals, each under the REST parameter it came from.</summary>
    public void Add(IEnumerable<FilterError> errors)
    {
        foreach (var error in errors)
        {
            var name = ParameterName(error.Filter);
            var raw = Raw(name);
            _errors.Add(RestError.Query(name, error.Message, raw is { Length: 1 } ? raw[0] : raw));
        }
    }

    public string? Text(string name)
    {
        var values = Values(name);
        return values.Count == 0 || string.IsNullOrEmpty(values[^1]) ? null : values[^1];
    }

    public List<string>? Texts(string name)
    {
        var values = Values(name).Concat(Has(name) ? query[name + "[]"] : StringValues.Empty).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
        return values.Count == 0 ? null : values;
    }

    private int? Integer(string name) => Parse<int>(name, text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null,
        "un nombre entier");

    private double? Number(string name) => Parse<double>(name, text =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null, "un nombre (ex. 47.2184)");

    // Pydantic's boolean spellings.
    private bool? Boolean(string name) => Parse(name, text => text.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "on" or "t" or "y" => true,
        "false" or "0" or "no" or "off" or "f" or "n" => false,
        _ => (bool?)null,
    }, "un booléen (true ou false)");

    private DateTimeOffset? Instant(string name) => Parse(name, text =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var v)
            ? v
            : (DateTimeOffset?)null, "une date-heure RFC 3339 (ex. 2026-12-01T08:00:00Z ou 2026-12-01)");

    private T? Parse<T>(string name, Func<string, T?> parse, string what)
        where T : struct
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            _errors.Add(RestError.Query(name, $"« {text} » n’est pas {what}.", text));
        }

        return value;
    }

    private StringValues Values(string name) => Has(name) ? query[name] : StringValues.Empty;

    private bool Has(string name) => parameters.Any(p => p.Name == name);

    private string?[]? Raw(string name) => Values(name) is { Count: > 0 } values
        ? parameters.FirstOrDefault(p => p.Name == name)?.Kind == RestParameterKind.Texts ? values.ToArray() : [values[^1]]
        : null;

    // The query layer names MartFilter's properties (and GeoSearch its own): back to data·inclusion's names.
    private static string ParameterName(string filter) => filter switch
    {
        "Latitude" => "lat",
        "Longitude" => "lon",
        "DistanceKm" => "distance",
        _ => string.Concat(filter.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString())),
    };
}

/// <summary>A page request: a number (from 1) or a cursor (<see cref="RestPage{T}.Next"/>), and a size.</summary>
internal sealed record RestPaging(int Page, int Size, string? Cursor)
{
    // Clamped: a huge page number reads past the end (an empty page), it does not overflow.
    public int Offset => Cursor is null ? (int)Math.Min((long)(Page - 1) * Size, int.MaxValue) : 0;

    /// <summary>data·inclusion's page count: ceil(total / requested size).</summary>
    public int Pages(int total) => (total + Size - 1) / Size;
}
