namespace DataInclusion.Normalize.Validation;

/// <summary>The nearest référentiel value for an unknown one (edit distance, the same as the rules' messages).</summary>
internal static class Suggestions
{
    private static readonly Dictionary<string, Referentiel> s_byField = new(StringComparer.Ordinal)
    {
        ["type"] = Referentiels.TypesDeServices,
        ["thematiques"] = Referentiels.Thematiques,
        ["frais"] = Referentiels.Frais,
        ["publics"] = Referentiels.Publics,
        ["modes_accueil"] = Referentiels.ModesAccueil,
        ["modes_mobilisation"] = Referentiels.ModesMobilisation,
        ["mobilisable_par"] = Referentiels.PersonnesMobilisatrices,
        ["reseaux_porteurs"] = Referentiels.ReseauxPorteurs,
    };

    public static string? For(string baseField, string code, string? value) =>
        value is not null && code == $"{baseField}.inconnu" && s_byField.TryGetValue(baseField, out var referentiel)
            ? referentiel.Suggest(value)
            : null;
}
