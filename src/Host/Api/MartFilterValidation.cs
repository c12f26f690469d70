using DataInclusion.Normalize;
using DataInclusion.Normalize.Places;

namespace DataInclusion.Host.Api;

/// <summary>
/// Checks a <see cref="MartFilter"/>'s référentiel values before any SQL runs: a value outside its référentiel would
/// silently match nothing, so it is refused with the closest valid value ("Vouliez-vous dire … ?"). Values are kept as
/// data·inclusion's wire strings (e.g. <c>en-presentiel</c>), which GraphQL enum names cannot carry (hyphens).
/// Territory slugs become codes here (offline COG), so the SQL knows only codes.
/// </summary>
internal static class MartFilterValidation
{
    /// <summary>The filter with its slugs replaced by codes, and every refused value.</summary>
    public static (MartFilter Filter, IReadOnlyList<FilterError> Errors) Resolve(MartFilter filter)
    {
        var errors = new List<FilterError>(Check(filter));
        if (filter.SlugDepartement is { } slugDepartement)
        {
            var departement = Cog.DepartementBySlug(slugDepartement);
            errors.AddRange(Territory(nameof(MartFilter.SlugDepartement), slugDepartement, departement?.Code, filter.CodeDepartement,
                Cog.Departements.Select(d => d.Slug), ("aucun département", "le département"), nameof(MartFilter.CodeDepartement)));
            filter = filter with { CodeDepartement = departement?.Code ?? filter.CodeDepartement, SlugDepartement = null };
        }

        if (filter.SlugRegion is { } slugRegion)
        {
            var region = Cog.RegionBySlug(slugRegion);
            errors.AddRange(Territory(nameof(MartFilter.SlugRegion), slugRegion, region?.Code, filter.CodeRegion,
                Cog.Regions.Select(r => r.Slug), ("aucune région", "la région"), nameof(MartFilter.CodeRegion)));
            filter = filter with { CodeRegion = region?.Code ?? filter.CodeRegion, SlugRegion = null };
        }

        return (filter, errors);
    }

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
        if (filter.RecherchePublic is { } recherche && (string.IsNullOrWhiteSpace(recherche) || recherche.Length > 500))
        {
            errors.Add(new FilterError(nameof(MartFilter.RecherchePublic), "donnez de 1 à 500 caractères à chercher dans les publics."));
        }

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

    private static IEnumerable<FilterError> Territory(
        string filter, string slug, string? code, string? givenCode, IEnumerable<string> slugs, (string None, string The) what, string codeFilter)
    {
        if (code is null)
        {
            // Slugs are data·inclusion's (lower case, no accents, hyphens): the ones the given text begins, else those
            // sharing its first three characters, are the useful hints.
            var known = slugs.Order(StringComparer.Ordinal).ToList();
            var completions = known.Where(s => s.StartsWith(slug, StringComparison.Ordinal)).ToList();
            var hint = (completions.Count > 0 ? completions : known.Where(s => s.StartsWith(slug[..Math.Min(3, slug.Length)], StringComparison.Ordinal))).Take(3).ToList();
            yield return new FilterError(filter, $"« {slug} » n’est le slug d’{what.None} du Code officiel géographique."
                + (hint.Count == 0 ? string.Empty : $" Vouliez-vous dire « {string.Join(" », « ", hint)} » ?"));
        }
        else if (givenCode is not null && givenCode != code)
        {
            yield return new FilterError(filter, $"« {slug} » est {what.The} {code}, mais {char.ToLowerInvariant(codeFilter[0]) + codeFilter[1..]} demande {givenCode}.");
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
