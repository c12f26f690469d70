using DataInclusion.Normalize.Enrichment;

namespace DataInclusion.Normalize.Dedup;

/// <summary>One structure's comparison keys, computed once per record so a pair costs no parsing.</summary>
internal sealed record DedupRecord(
    int Index,
    string Id,
    NameKey Name,
    string? Place,
    string? Street,
    string? Phone,
    string? Email,
    string? EmailDomain,
    string? WebHost,
    string? Siret,
    string? Siren,
    double? Latitude,
    double? Longitude)
{
    public bool HasCoordinates => Latitude is not null && Longitude is not null;

    public static DedupRecord From(int index, Structure structure)
    {
        var email = ContactKeys.Email(structure.Courriel);
        var siret = Normalize.Siret.TryParse(structure.Siret?.Replace(" ", string.Empty, StringComparison.Ordinal), out var parsed) ? parsed : (Siret?)null;
        var hasCoordinates = structure.Latitude is >= -90 and <= 90 && structure.Longitude is >= -180 and <= 180
            && !(structure.Latitude == 0 && structure.Longitude == 0);
        return new DedupRecord(
            index,
            structure.Id,
            NameKey.From(structure.Nom, structure.Commune),
            PlaceOf(structure),
            StreetKey.From(structure.Adresse),
            PhoneKey(structure.Telephone),
            email,
            ContactKeys.EmailDomain(email),
            ContactKeys.WebHost(structure.SiteWeb),
            siret?.Value,
            siret?.Siren,
            hasCoordinates ? structure.Latitude : null,
            hasCoordinates ? structure.Longitude : null);
    }

    /// <summary>The commune code; without one, postcode + folded commune name (homonym communes differ by postcode).</summary>
    private static string? PlaceOf(Structure structure)
    {
        var code = structure.CodeInsee?.Trim();
        if (!string.IsNullOrEmpty(code))
        {
            return code;
        }

        var postcode = structure.CodePostal?.Trim();
        return string.IsNullOrEmpty(postcode) || string.IsNullOrWhiteSpace(structure.Commune)
            ? null
            : $"{postcode}:{Fold.Apply(structure.Commune)}";
    }

    /// <summary>E.164 numbers only: short national numbers (3949) and 08 service numbers are shared by whole networks.</summary>
    private static string? PhoneKey(string? telephone)
    {
        var e164 = PhoneNumbers.Normalize(telephone);
        return e164 is { Length: >= 11 } && e164[0] == '+' && !e164.StartsWith("+338", StringComparison.Ordinal) ? e164 : null;
    }
}
