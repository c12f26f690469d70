using System.Text.RegularExpressions;

namespace DataInclusion.Normalize.Internal;

/// <summary>String formats of the schema v1 (uri, email, zone codes), kept equal to the patterns of schema/*.json.</summary>
internal static partial class Formats
{
    public static bool IsHttpUrl(string value) =>
        HttpUrlPrefix().IsMatch(value)
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Host.Length > 0
        && !value.Any(char.IsWhiteSpace);

    public static bool IsEmail(string value) => value.Length <= 254 && Email().IsMatch(value);

    public static bool IsZoneCode(string? value) => value is not null && ZoneCode().IsMatch(value);

    [GeneratedRegex("^[hH][tT][tT][pP][sS]?://")]
    private static partial Regex HttpUrlPrefix();

    // A pragmatic RFC 5322 subset: dot-atom local part, dotted domain of letters, digits and hyphens.
    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$")]
    private static partial Regex Email();

    // Same pattern as definitions/CodeZone in schema/service.json.
    [GeneratedRegex("^(france|([0-9]{2}|2[AB])[0-9]{3}|[0-9]{2}|2[AB]|9[78][0-9]|[0-9]{9})$")]
    private static partial Regex ZoneCode();
}
