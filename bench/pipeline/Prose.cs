using System.Text;

namespace DataInclusion.Pipeline.Bench;

/// <summary>French-looking free text of a chosen length, so that rows weigh what real descriptions weigh.</summary>
internal static class Prose
{
    private static readonly string[] s_words =
    [
        "accompagnement", "personnalisé", "des", "personnes", "en", "recherche", "d'emploi", "avec", "un", "conseiller",
        "référent", "ateliers", "collectifs", "pour", "préparer", "entretiens", "et", "rédiger", "son", "CV", "aide",
        "à", "la", "mobilité", "permis", "de", "conduire", "location", "véhicule", "solidaire", "logement", "temporaire",
        "accès", "aux", "droits", "santé", "numérique", "démarches", "administratives", "en", "ligne", "famille",
        "garde", "d'enfants", "budget", "surendettement", "insertion", "par", "l'activité", "économique", "chantier",
        "formation", "qualifiante", "apprentissage", "français", "langue", "étrangère", "jeunes", "seniors", "quartier",
        "prioritaire", "sur", "rendez-vous", "permanence", "hebdomadaire", "gratuite", "orientation", "partenaires",
    ];

    /// <summary>Sentences of words drawn from <paramref name="random"/>, about <paramref name="length"/> characters.</summary>
    public static string Text(Random random, int length)
    {
        var text = new StringBuilder(length + 24);
        var startOfSentence = true;
        while (text.Length < length)
        {
            var word = s_words[random.Next(s_words.Length)];
            if (startOfSentence)
            {
                text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                startOfSentence = false;
            }
            else
            {
                text.Append(word);
            }

            if (random.Next(12) == 0)
            {
                text.Append(". ");
                startOfSentence = true;
            }
            else
            {
                text.Append(' ');
            }
        }

        return text.ToString().TrimEnd() + ".";
    }
}
