namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// The comparable part of a structure's name: folded, renamed (<see cref="NameRenamings"/>), without articles, legal
/// forms and the commune's own name ("CCAS de Lyon" and "C.C.A.S." both give <c>ccas</c>).
/// </summary>
/// <param name="Tokens">The distinct significant words, sorted.</param>
/// <param name="IsGeneric">Every word belongs to a network or institution name (Mission locale, CCAS, France services):
/// such a name says what a place is, not which one, so it weighs less.</param>
/// <param name="Institutions">The institutions the name mentions (<see cref="Dedup.Institutions"/>).</param>
internal sealed record NameKey(string[] Tokens, bool IsGeneric, string Institutions)
{
    private static readonly HashSet<string> s_noise = new(StringComparer.Ordinal)
    {
        "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "sur", "sous", "un", "une",
        "agence", "antenne", "site", "permanence", "accueil", "siege", "bureau",

        // Legal forms (suffixes or prefixes): they never tell two places apart.
        "association", "asso", "assoc", "sas", "sasu", "sarl", "eurl", "sa", "sci", "scop", "scic", "gie", "gip", "loi", "1901",
    };

    // Words of network and institution names (reseaux_porteurs and the usual public services), after renamings.
    private static readonly HashSet<string> s_network = new(StringComparer.Ordinal)
    {
        "ccas", "cias", "france", "travail", "services", "mission", "locale", "info", "jeunes", "habitat", "caf", "cpam",
        "chrs", "mdph", "pmi", "udaf", "epn", "plie", "secours", "populaire", "catholique", "croix", "rouge", "restos",
        "coeur", "emmaus", "centre", "social", "sociale", "mairie", "maison", "solidarite", "solidarites", "espace",
        "emploi", "cap", "departementale", "departemental", "action", "numerique", "conseiller", "msa", "epicerie",
        "solidaire", "banque", "alimentaire", "cidff", "adil", "apec", "agefiph", "point", "relais", "ville",
    };

    public static NameKey From(string? nom, string? commune)
    {
        var renamed = NameRenamings.Apply(Fold.Apply(nom));
        var communeWords = new HashSet<string>(Fold.Tokens(commune), StringComparer.Ordinal);
        var words = renamed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !s_noise.Contains(w)).ToList();
        var specific = words.Where(w => !communeWords.Contains(w)).ToList();

        // A name that is only its commune ("Lyon") keeps its words: removing them would leave nothing to compare.
        var kept = specific.Count > 0 ? specific : words;
        var tokens = kept.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var isGeneric = tokens.Length == 0 || tokens.All(s_network.Contains);
        return new NameKey(tokens, isGeneric, Dedup.Institutions.Of(renamed));
    }

    /// <summary>Dice coefficient over the words, a word matching another within one edit when both have 5+ letters.</summary>
    public double Similarity(NameKey other) => Tokens.Length == 0 || other.Tokens.Length == 0
        ? 0
        : 2.0 * Matched(Tokens, other.Tokens) / (Tokens.Length + other.Tokens.Length);

    /// <summary>
    /// Each name has a word the other lacks ("Atelier vélo solidaire" / "Atelier numérique solidaire"): two things
    /// named apart, unlike a name and its longer form ("Emmaüs Connect" / "Emmaüs Connect Grenoble").
    /// </summary>
    public bool Conflicts(NameKey other) =>
        Matched(Tokens, other.Tokens) < Tokens.Length && Matched(other.Tokens, Tokens) < other.Tokens.Length;

    private static int Matched(string[] tokens, string[] others)
    {
        var matched = 0;
        foreach (var token in tokens)
        {
            if (Array.BinarySearch(others, token, StringComparer.Ordinal) >= 0 || others.Any(t => NearlyEqual(token, t)))
            {
                matched++;
            }
        }

        return matched;
    }

    private static bool NearlyEqual(string a, string b) =>
        a.Length >= 5 && b.Length >= 5 && Math.Abs(a.Length - b.Length) <= 1 && WithinOneEdit(a, b);

    /// <summary>One substitution, insertion, deletion or adjacent transposition at most; linear and allocation-free.</summary>
    private static bool WithinOneEdit(string a, string b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var restA = a.Length - prefix - suffix;
        var restB = b.Length - prefix - suffix;
        var transposition = restA == 2 && restB == 2 && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix];
        return (restA <= 1 && restB <= 1) || transposition;
    }
}
