using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize.Enrichment;

/// <summary>
/// Says whether a contact e-mail looks like a private person's (data-inclusion.md §2.5, "Personal e-mails"): the local
/// part starts with <c>&lt;prénom&gt;.</c>, the domain is a consumer webmail, and the local part does not name an
/// institution (<c>mairie|commune|adil|services|ccas</c>). The open-data dumps blank such a record's contacts.
/// </summary>
/// <remarks>
/// The prénom is a common French first name of more than two letters, not "saint…" (a place, "saint-malo"); a hyphenated
/// compound (<c>jean-pierre</c>, <c>marie-claire</c>) counts when each part is one. The names come from
/// <c>Data/prenoms.txt</c> (its README says where from): INSEE's file is not available offline.
/// </remarks>
public static partial class PersonalEmail
{
    // data·inclusion's list, matched on the label before the public suffix (gmail.com, orange.fr, yahoo.co.uk)…
    private static readonly string[] s_referenceWebmails =
        ["free", "gmail", "hotmail", "laposte", "nordnet", "orange", "outlook", "sfr", "wanadoo", "yahoo"];

    // … and the other consumer mailboxes French households use, which the reference list misses (same PII risk).
    private static readonly string[] s_otherWebmails =
        ["googlemail", "live", "msn", "icloud", "aol", "neuf", "bbox", "numericable", "club-internet", "gmx", "protonmail", "proton"];

    private static readonly HashSet<string> s_webmails = new([.. s_referenceWebmails, .. s_otherWebmails], StringComparer.Ordinal);

    private static readonly Lazy<HashSet<string>> s_firstNames = new(LoadFirstNames);

    /// <summary>
    /// True when <paramref name="courriel"/> matches the rule; false for anything else, including null, blank and
    /// values that are not an address. Case and accents in the local part do not matter.
    /// </summary>
    public static bool IsPersonal(string? courriel)
    {
        var value = courriel?.Trim().ToLowerInvariant();
        if (value is null || value.IndexOf('@') is not (> 0 and var at) || at != value.LastIndexOf('@'))
        {
            return false;
        }

        var local = value[..at];
        var domain = value[(at + 1)..];
        if (!IsWebmail(domain) || Institution().IsMatch(local))
        {
            return false;
        }

        var dot = local.IndexOf('.');
        return dot > 0 && IsFirstName(Unaccent(local[..dot]));
    }

    /// <summary>A first name of the list, or a hyphenated compound of them (jean-pierre, marie-claire).</summary>
    internal static bool IsFirstName(string candidate)
    {
        if (candidate.Length <= 2 || candidate.StartsWith("saint", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = candidate.Split('-');
        return parts.All(p => p.Length > 2 && !p.StartsWith("saint", StringComparison.Ordinal) && s_firstNames.Value.Contains(p));
    }

    /// <summary><c>gmail.com</c>, <c>orange.fr</c>, <c>yahoo.co.uk</c>: a webmail label followed by a one- or two-label suffix.</summary>
    private static bool IsWebmail(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length is 2 or 3 && s_webmails.Contains(labels[0]) && labels.Skip(1).All(l => l.Length > 0);
    }

    private static string Unaccent(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static HashSet<string> LoadFirstNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedResources.ReadText("enrichment/prenoms.txt").Split('\n'))
        {
            var name = line.Trim();
            if (name.Length > 0 && name[0] != '#')
            {
                names.Add(name);
            }
        }

        return names;
    }

    [GeneratedRegex("mairie|commune|adil|services|ccas", RegexOptions.CultureInvariant)]
    private static partial Regex Institution();
}
