using System.Text;

namespace DataInclusion.Normalize.Enrichment;

/// <summary>
/// French phone numbers to E.164 (data-inclusion.md §2.5 Phones: the pipeline formats them E.164 with libphonenumber).
/// Only what can be read with certainty is rewritten; anything else is returned unchanged for validation to judge.
/// </summary>
internal static class PhoneNumbers
{
    // ARCEP numbering plan: the overseas départements have their own country codes. Mayotte is +262 since 2007
    // (+269 is now the Comoros), fixed lines 0269, mobiles 0639.
    private static readonly Dictionary<string, string> s_overseas = new(StringComparer.Ordinal)
    {
        ["0262"] = "262", ["0269"] = "262", ["0639"] = "262", ["0692"] = "262", ["0693"] = "262",
        ["0590"] = "590", ["0690"] = "590", ["0691"] = "590",
        ["0594"] = "594", ["0694"] = "594",
        ["0596"] = "596", ["0696"] = "596", ["0697"] = "596",
    };

    // Ranges whose territory we cannot tell for sure (newer overseas fixed and VoIP blocks, Saint-Pierre-et-Miquelon):
    // left as written rather than given a possibly wrong country code.
    private static readonly string[] s_uncertain = ["0263", "0508", "0939", "0947", "0975", "0976"];

    private static readonly string[] s_overseasCountryCodes = ["262", "590", "594", "596"];

    /// <summary>The E.164 form of a French number, the digits of a short number (3949), else <paramref name="value"/> unchanged.</summary>
    public static string? Normalize(string? value)
    {
        if (value is null || !TryReadDigits(value, out var digits, out var international))
        {
            return value;
        }

        if (international)
        {
            return FromInternational(digits) ?? value;
        }

        if (digits.Length == 10 && digits[0] == '0' && digits[1] != '0')
        {
            return FromNational(digits) ?? value;
        }

        // data-inclusion.md §2.5: valid short numbers are kept as digits (3919, 3949, 115).
        var isShort = (digits.Length == 4 && digits[0] == '3') || (digits.Length == 3 && digits[0] == '1');
        return isShort ? digits : value;
    }

    private static string? FromNational(string digits)
    {
        var prefix = digits[..4];
        if (s_uncertain.Contains(prefix))
        {
            return null;
        }

        return s_overseas.TryGetValue(prefix, out var countryCode)
            ? $"+{countryCode}{digits[1..]}"
            : $"+33{digits[1..]}";
    }

    private static string? FromInternational(string digits)
    {
        if (digits.StartsWith("33", StringComparison.Ordinal))
        {
            var national = NationalPart(digits[2..]);

            // "+33 262 …" is a Réunion number written with the wrong country code: not ours to fix.
            var e164 = national is null ? null : FromNational("0" + national);
            return e164 is not null && e164.StartsWith("+33", StringComparison.Ordinal) ? e164 : null;
        }

        foreach (var countryCode in s_overseasCountryCodes)
        {
            if (digits.StartsWith(countryCode, StringComparison.Ordinal) && NationalPart(digits[3..]) is { } national)
            {
                return $"+{countryCode}{national}";
            }
        }

        return null;
    }

    /// <summary>The 9 significant digits, dropping a trunk 0 written after the country code (+33 0 6…).</summary>
    private static string? NationalPart(string rest)
    {
        if (rest.Length == 10 && rest[0] == '0')
        {
            rest = rest[1..];
        }

        return rest.Length == 9 && rest[0] != '0' ? rest : null;
    }

    /// <summary>The digits of a value made only of digits and separators, with its international prefix (+ or 00) removed.</summary>
    private static bool TryReadDigits(string value, out string digits, out bool international)
    {
        var text = value.Trim().Replace("(0)", string.Empty, StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        international = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (c == '+' && builder.Length == 0 && !international)
            {
                international = true;
            }
            else if (!char.IsWhiteSpace(c) && c is not ('.' or '-' or '(' or ')' or '/'))
            {
                digits = string.Empty;
                return false;
            }
        }

        digits = builder.ToString();
        if (!international && digits.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            digits = digits[2..];
        }

        return digits.Length > 0;
    }
}
