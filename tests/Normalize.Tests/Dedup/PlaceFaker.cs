using System.Globalization;
using DataInclusion.Normalize;

namespace DataInclusion.Normalize.Tests.Dedup;

/// <summary>Seeded maker of places and of the records sources write about them (formats, omissions, drift).</summary>
public sealed class PlaceFaker(int seed)
{
    private static readonly string[] s_streetTypes = ["rue", "avenue", "boulevard", "place", "allée", "chemin", "impasse", "quai"];
    private static readonly string[] s_streetNames =
    [
        "Victor Hugo", "Jean Jaurès", "de la République", "Pasteur", "du Général de Gaulle", "des Lilas", "Gambetta",
        "de la Gare", "Émile Zola", "des Tanneurs", "Saint-Exupéry", "Louise Michel", "du Moulin", "de Verdun",
        "Aristide Briand", "des Écoles", "Paul Bert", "de l'Hôtel de Ville", "Voltaire", "Jules Ferry",
    ];

    private static readonly Dictionary<string, string> s_abbreviations = new()
    {
        ["rue"] = "r.", ["avenue"] = "av.", ["boulevard"] = "bd", ["place"] = "pl.", ["allée"] = "all.",
        ["chemin"] = "chem.", ["impasse"] = "imp.", ["quai"] = "qu.",
    };

    private readonly Random _random = new(seed);
    private int _nextId;

    public Random Random => _random;

    public Place NewPlace(string nom, Town town, string? siret = null, string? phone = null, Place? sameAddressAs = null)
    {
        var slug = new string(nom.ToLowerInvariant().Where(char.IsAsciiLetter).Take(12).ToArray());
        return new Place(
            nom,
            town,
            sameAddressAs?.Number ?? _random.Next(1, 180),
            sameAddressAs?.StreetType ?? s_streetTypes[_random.Next(s_streetTypes.Length)],
            sameAddressAs?.StreetName ?? s_streetNames[_random.Next(s_streetNames.Length)],
            sameAddressAs?.Latitude ?? town.Latitude + ((_random.NextDouble() - 0.5) * 0.05),
            sameAddressAs?.Longitude ?? town.Longitude + ((_random.NextDouble() - 0.5) * 0.07),
            phone ?? $"0{_random.Next(1, 6)}{_random.Next(10_000_000, 99_999_999)}",
            _random.NextDouble() < 0.6 ? $"contact{_random.Next(1000)}@{slug}-{town.CodeInsee}.fr" : null,
            _random.NextDouble() < 0.4 ? $"https://www.{slug}-{town.CodeInsee}.org" : null,
            siret ?? NewSiret());
    }

    public string NewSiret() => CompleteLuhn(string.Concat(Enumerable.Range(0, 13).Select(_ => (char)('0' + _random.Next(10)))));

    public string NewSiretInSiren(string siret) =>
        CompleteLuhn(siret[..9] + string.Concat(Enumerable.Range(0, 4).Select(_ => (char)('0' + _random.Next(10)))));

    /// <summary>A record of <paramref name="place"/> as <paramref name="source"/> writes it.</summary>
    public Structure Render(Place place, string source, string? nom = null, bool withSiret = true, bool abbreviate = false,
        double driftMetres = 5, double dropContactRate = 0.15, string? phoneFormat = null)
    {
        var id = $"{source}--{++_nextId:D6}";
        var bearing = _random.NextDouble() * 2 * Math.PI;
        var dLat = driftMetres * Math.Cos(bearing) / 111_320;
        var dLon = driftMetres * Math.Sin(bearing) / (111_320 * Math.Cos(place.Latitude * Math.PI / 180));
        var street = abbreviate ? s_abbreviations[place.StreetType] : place.StreetType;
        var adresse = _random.Next(3) switch
        {
            0 => $"{place.Number} {street} {place.StreetName}",
            1 => $"{place.Number}, {street} {place.StreetName}".ToUpperInvariant(),
            _ => $"{place.Number} {street} {RemoveAccents(place.StreetName)}",
        };

        return new Structure
        {
            Source = source,
            Id = id,
            Nom = nom ?? place.Nom,
            DateMaj = new DateOnly(2025, 1, 1).AddDays(_random.Next(500)),
            Siret = withSiret ? place.Siret : null,
            Commune = place.Town.Nom,
            CodePostal = place.Town.CodePostal,
            CodeInsee = place.Town.CodeInsee,
            Adresse = adresse,
            Latitude = Math.Round(place.Latitude + dLat, 6),
            Longitude = Math.Round(place.Longitude + dLon, 6),
            Telephone = _random.NextDouble() < dropContactRate ? null : FormatPhone(place.Phone, phoneFormat ?? PhoneFormats[_random.Next(PhoneFormats.Length)]),
            Courriel = _random.NextDouble() < dropContactRate ? null : place.Email,
            SiteWeb = _random.NextDouble() < dropContactRate ? null : place.Website?.Replace("https://www.", _random.Next(2) == 0 ? "http://" : "www.", StringComparison.Ordinal),
        };
    }

    public static readonly string[] PhoneFormats = ["spaces", "dots", "plain", "international", "dashes"];

    public static string FormatPhone(string national, string format)
    {
        var pairs = Enumerable.Range(0, 5).Select(i => national.Substring(i * 2, 2)).ToArray();
        return format switch
        {
            "spaces" => string.Join(' ', pairs),
            "dots" => string.Join('.', pairs),
            "international" => "+33 " + national[1] + " " + string.Join(' ', pairs[1..]),
            "dashes" => string.Join('-', pairs),
            _ => national,
        };
    }

    private static string RemoveAccents(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());

    private static string CompleteLuhn(string digits)
    {
        for (var check = 0; check < 10; check++)
        {
            var candidate = digits + (char)('0' + check);
            if (Siret.HasValidCheckDigit(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable: one Luhn digit always fits");
    }
}
