namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// Long forms, acronyms and former names folded to one canonical form, so "Pôle emploi Lyon" and "France Travail Lyon"
/// or "C.C.A.S." and "Centre communal d'action sociale" compare equal. Applied on folded text, longest phrase first.
/// </summary>
internal static class NameRenamings
{
    // (folded phrase, canonical form). Former names: Pôle emploi became France Travail (2024), MSAP became France services
    // (2019), PIJ/BIJ became Info Jeunes (2021), FJT are labelled Habitat Jeunes (UNHAJ).
    private static readonly (string Phrase, string Canonical)[] s_phrases =
    [
        ("centre communal d action sociale", "ccas"),
        ("centre communal action sociale", "ccas"),
        ("centre intercommunal d action sociale", "cias"),
        ("centre intercommunal action sociale", "cias"),
        ("pole emploi", "france travail"),
        ("agence france travail", "france travail"),
        ("maison de services au public", "france services"),
        ("maison des services au public", "france services"),
        ("maison de service au public", "france services"),
        ("msap", "france services"),
        ("maison france services", "france services"),
        ("espace france services", "france services"),
        ("point information jeunesse", "info jeunes"),
        ("point info jeunesse", "info jeunes"),
        ("point info jeunes", "info jeunes"),
        ("bureau information jeunesse", "info jeunes"),
        ("pij", "info jeunes"),
        ("bij", "info jeunes"),
        ("foyer de jeunes travailleurs", "habitat jeunes"),
        ("foyer des jeunes travailleurs", "habitat jeunes"),
        ("foyer jeunes travailleurs", "habitat jeunes"),
        ("fjt", "habitat jeunes"),
        ("caisse d allocations familiales", "caf"),
        ("caisse primaire d assurance maladie", "cpam"),
        ("centre d hebergement et de reinsertion sociale", "chrs"),
        ("maison departementale des personnes handicapees", "mdph"),
        ("protection maternelle et infantile", "pmi"),
        ("union departementale des associations familiales", "udaf"),
        ("espace public numerique", "epn"),
        ("restaurants du coeur", "restos du coeur"),
        ("les restos du coeur", "restos du coeur"),
        ("croix rouge francaise", "croix rouge"),
        ("mission locale pour l emploi des jeunes", "mission locale"),
        ("mission locale jeunes", "mission locale"),
        ("plan local pour l insertion et l emploi", "plie"),

        // SIAE types (emplois de l'inclusion): structures are often named by their type's acronym.
        ("atelier chantier d insertion", "aci"),
        ("atelier et chantier d insertion", "aci"),
        ("entreprise d insertion", "ei"),
        ("entreprise de travail temporaire d insertion", "etti"),
        ("association intermediaire", "ai"),
    ];

    private static readonly (string Phrase, string Canonical)[] s_ordered =
        s_phrases.OrderByDescending(p => p.Phrase.Length).ThenBy(p => p.Phrase, StringComparer.Ordinal).ToArray();

    /// <summary>Applies every renaming on word boundaries of already folded text.</summary>
    public static string Apply(string folded)
    {
        var padded = " " + folded + " ";
        foreach (var (phrase, canonical) in s_ordered)
        {
            if (padded.Contains(phrase, StringComparison.Ordinal))
            {
                padded = padded.Replace(" " + phrase + " ", " " + canonical + " ", StringComparison.Ordinal);
            }
        }

        return padded.Trim();
    }
}
