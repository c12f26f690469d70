using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DataInclusion.Normalize.Dedup;

/// <summary>Text folded for comparison: lower case, no accents, ligatures split, every non-alphanumeric run as one space.</summary>
internal static partial class Fold
{
    public static string Apply(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var lower = text.ToLowerInvariant().Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal);

        // "C.C.A.S." and "P.I.J" are acronyms: their dots join the letters instead of splitting them.
        // The regex only runs on text with a dot: most names and addresses have none, and it was a good part of the keys' cost.
        if (lower.Contains('.', StringComparison.Ordinal))
        {
            lower = DottedAcronym().Replace(lower, m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal));
        }

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    public static string[] Tokens(string? text) => Apply(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"(?<![\p{L}\d])(?:\p{L}\.){2,}\p{L}?(?![\p{L}\d])")]
    private static partial Regex DottedAcronym();
}
