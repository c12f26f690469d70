using System.Text.RegularExpressions;

namespace DataInclusion.Normalize.Places.Geocoding;

/// <summary>
/// Turns a record's address into what the geocoder is sent, by data·inclusion's rules (data-inclusion.md §4): postal
/// boxes (BP, CS) and CEDEX removed — and the postcode with them, since it is then a CEDEX code —, hyphens and dots
/// dropped, street abbreviations expanded, postcodes the COG does not know left out.
/// </summary>
public static partial class AddressCleaning
{
    private static readonly Dictionary<string, string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["all"] = "allée", ["av"] = "avenue", ["bd"] = "boulevard", ["bld"] = "boulevard", ["bvd"] = "boulevard",
        ["che"] = "chemin", ["chem"] = "chemin", ["crs"] = "cours", ["esp"] = "esplanade", ["fg"] = "faubourg",
        ["ham"] = "hameau", ["imp"] = "impasse", ["ld"] = "lieu-dit", ["mte"] = "montée", ["pas"] = "passage",
        ["pl"] = "place", ["pro"] = "promenade", ["prom"] = "promenade", ["pte"] = "porte", ["qu"] = "quai",
        ["qua"] = "quartier", ["r"] = "rue", ["rpt"] = "rond point", ["rle"] = "ruelle", ["rte"] = "route",
        ["sq"] = "square", ["tra"] = "traverse", ["voi"] = "voie",
    };

    /// <summary>
    /// The query for a record, or null when it cannot be located: the BAN needs at least two of postcode, commune code
    /// and commune name. <paramref name="codeArrondissement"/> (when known) filters better than Paris/Lyon/Marseille's code.
    /// </summary>
    public static GeocodingQuery? Clean(string? adresse, string? codePostal, string? codeInsee, string? commune, string? codeArrondissement = null)
    {
        var boxRemoved = false;
        var street = Blank(adresse);
        if (street is not null)
        {
            var withoutBoxes = PostalBox().Replace(street, " ");
            boxRemoved = withoutBoxes != street;
            street = Blank(ExpandAbbreviations(Spaces().Replace(withoutBoxes.Trim(' ', '-').Replace('-', ' ').Replace(".", string.Empty, StringComparison.Ordinal), " ")));
        }

        var city = Blank(commune);
        if (city is not null && Cedex().IsMatch(city))
        {
            city = Blank(Cedex().Replace(city, string.Empty));
            boxRemoved = true;
        }

        var postcode = boxRemoved ? null : Blank(codePostal);
        postcode = postcode is not null && Cog.IsCodePostal(postcode) ? postcode : null;
        var code = Blank(codeInsee);
        code = CodeInsee.IsValid(code) ? code : null;
        if ((postcode is null ? 0 : 1) + (code is null ? 0 : 1) + (city is null ? 0 : 1) < 2)
        {
            return null;
        }

        return new GeocodingQuery(street, postcode, CityCodeFilter(code, codeArrondissement), city, IsStreet(street, city));
    }

    /// <summary>
    /// The BAN files the addresses of Paris, Lyon and Marseille under their arrondissements' codes, so their commune
    /// code would filter every answer out: the arrondissement when known, else no commune filter (postcode and name remain).
    /// </summary>
    private static string? CityCodeFilter(string? code, string? codeArrondissement)
    {
        if (code is null || Cog.Locate(codeArrondissement).CodeCommune == code)
        {
            return code is null ? null : codeArrondissement;
        }

        return code is "75056" or "69123" or "13055" ? null : code;
    }

    /// <summary>
    /// An address that names a street place: not empty, not a village centre (bourg, village, mairie), not the commune's
    /// name itself (data·inclusion keeps a <c>municipality</c> result only for those).
    /// </summary>
    private static bool IsStreet(string? street, string? city)
    {
        if (street is null || VillageCentre().IsMatch(street))
        {
            return false;
        }

        if (city is null)
        {
            return true;
        }

        var a = street.ToLowerInvariant();
        var c = city.ToLowerInvariant().Replace('-', ' ');
        return !a.Contains(c, StringComparison.Ordinal) && !c.Contains(a, StringComparison.Ordinal);
    }

    private static string ExpandAbbreviations(string street)
    {
        var words = street.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (s_abbreviations.TryGetValue(words[i], out var expansion))
            {
                words[i] = expansion;
            }
            else if (i + 1 < words.Length && words[i].Equals("rd", StringComparison.OrdinalIgnoreCase)
                && words[i + 1].Equals("pt", StringComparison.OrdinalIgnoreCase))
            {
                words[i] = "rond";
                words[i + 1] = "point";
            }
        }

        return string.Join(' ', words);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Replace('|', ' ').Trim();

    [GeneratedRegex(@"\b(?:BP|CS)\s*\d+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostalBox();

    [GeneratedRegex(@"\s*\bcedex\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cedex();

    [GeneratedRegex(@"\b(?:bourg|village|mairie)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VillageCentre();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
