using System.Globalization;
using System.Text;

namespace DataInclusion.Normalize.Places;

/// <summary>data·inclusion's slugs of territory names: lower case, accents dropped, every other run of characters a hyphen.</summary>
internal static class Slugs
{
    /// <summary><c>Provence-Alpes-Côte d'Azur</c> → <c>provence-alpes-cote-d-azur</c>; <c>Île-de-France</c> → <c>ile-de-france</c>.</summary>
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
