using DataInclusion.Normalize;

namespace DataInclusion.Host.Api;

/// <summary>
/// Checks a <see cref="MartFilter"/>'s référentiel values before any SQL runs: a value outside its référentiel would
/// silently match nothing, so it is refused with the closest valid value ("Vouliez-vous dire … ?"). Values are kept as
/// data·inclusion's wire strings (e.g. <c>en-presentiel</c>), which GraphQL enum names cannot carry (hyphens).
/// </summary>
internal static class MartFilterValidation
{
    public static IReadOnlyList<FilterError> Check(MartFilter filter)
    {
        var errors = new List<FilterError>();
        foreach (var value in filter.Thematiques ?? [])
        {
            if (!Referentiels.Thematiques.Contains(value) && !Referentiels.CategoriesThematiques.Contains(value))
            {
                errors.Add(new FilterError(nameof(MartFilter.Thematiques),
                    Unknown(value, "n’est ni une thématique ni une catégorie de thématiques", SuggestThematique(value))));
            }
        }

        Check(errors, nameof(MartFilter.Publics), filter.Publics, Referentiels.Publics, "n’est pas un public");
        Check(errors, nameof(MartFilter.Frais), filter.Frais, Referentiels.Frais, "n’est pas une valeur de frais");
        Check(errors, nameof(MartFilter.ModesAccueil), filter.ModesAccueil, Referentiels.ModesAccueil, "n’est pas un mode d’accueil");
        Check(errors, nameof(MartFilter.Types), filter.Types, Referentiels.TypesDeServices, "n’est pas un type de service");
        Check(errors, nameof(MartFilter.ReseauxPorteurs), filter.ReseauxPorteurs, Referentiels.ReseauxPorteurs, "n’est pas un réseau porteur");
        if (filter.CodeCommune is { } commune && !IsCode(commune, 5))
        {
            errors.Add(new FilterError(nameof(MartFilter.CodeCommune), $"« {commune} » n’est pas un code commune INSEE (5 caractères, ex. 44109)."));
        }

        return errors;
    }

    private static void Check(List<FilterError> errors, string filter, IReadOnlyList<string>? values, Referentiel referentiel, string what)
    {
        foreach (var value in values ?? [])
        {
            if (!referentiel.Contains(value))
            {
                errors.Add(new FilterError(filter, Unknown(value, what + " du référentiel " + referentiel.Name, referentiel.Suggest(value))));
            }
        }
    }

    // Without "--" the portal most likely meant a catégorie; with it, a thématique.
    private static string? SuggestThematique(string value) => value.Contains("--", StringComparison.Ordinal)
        ? Referentiels.Thematiques.Suggest(value) ?? Referentiels.CategoriesThematiques.Suggest(value)
        : Referentiels.CategoriesThematiques.Suggest(value) ?? Referentiels.Thematiques.Suggest(value);

    private static string Unknown(string value, string what, string? suggestion) =>
        $"« {value} » {what}." + (suggestion is null ? string.Empty : $" Vouliez-vous dire « {suggestion} » ?");

    private static bool IsCode(string code, int length) => code.Length == length && code.All(char.IsAsciiLetterOrDigit);
}
