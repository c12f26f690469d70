namespace DataInclusion.Normalize.Internal;

/// <summary>
/// Schema v0 values → v1 (mappings/v0-to-v1-fields.csv and mappings/dora/*.csv), for producers still sending v0
/// vocabulary. A value already valid in v1 is kept as is: Dora now sends v1 thématiques, publics and frais.
/// </summary>
internal static class V0Vocabulary
{
    private const string Handicap = "personnes-en-situation-de-handicap";

    private static readonly ValueMap s_thematiques = ValueMap.Load("dora/thematiques-v0-to-v1.csv");
    private static readonly ValueMap s_profils = ValueMap.Load("dora/profils-to-publics.csv");
    private static readonly ValueMap s_frais = ValueMap.Load("dora/frais-v0-to-v1.csv");
    private static readonly ValueMap s_types = ValueMap.Load("dora/types-to-type.csv");
    private static readonly ValueMap s_regions = ValueMap.Load("common/regions-to-departements.csv");

    public static IReadOnlyList<string> Thematiques(IEnumerable<string> values) =>
        MapKeepingV1(values, Referentiels.Thematiques, s_thematiques);

    /// <summary>v1 publics if the producer sent them, else its v0 profils mapped; tous-publics excludes the rest.</summary>
    public static IReadOnlyList<string> Publics(IReadOnlyList<string> publics, IReadOnlyList<string> profils, IReadOnlyList<string> v0Thematiques)
    {
        var mapped = publics.Count > 0
            ? MapKeepingV1(publics, Referentiels.Publics, s_profils)
            : s_profils.MapAll(profils).ToList();
        if (mapped.Contains("tous-publics"))
        {
            return ["tous-publics"];
        }

        // Generic v0 step: a handicap thématique implies the public of people with disabilities.
        if (mapped.Count > 0 && !mapped.Contains(Handicap) && v0Thematiques.Any(t => t == "handicap" || t.StartsWith("handicap--", StringComparison.Ordinal)))
        {
            mapped.Add(Handicap);
        }

        return mapped;
    }

    /// <summary>profils-to-publics.csv: v0 locataires/proprietaires become actifs plus a condition, written before the producer's.</summary>
    public static string? ConditionsAcces(IReadOnlyList<string> profils, string? conditions)
    {
        var prefix = profils.Contains("locataires") ? "Le bénéficiaire doit être locataire."
            : profils.Contains("proprietaires") ? "Le bénéficiaire doit être propriétaire."
            : null;
        return Text.Join("\n", [prefix, conditions]);
    }

    /// <summary>v1 frais is single-valued: a v0 list maps value by value and "payant" wins.</summary>
    public static string? Frais(IReadOnlyList<string> values)
    {
        var mapped = MapKeepingV1(values, Referentiels.Frais, s_frais);
        return mapped.Contains("payant") ? "payant" : mapped.Count > 0 ? mapped[0] : null;
    }

    /// <summary>v1 type is single-valued: the v0 type with the lowest priority wins (types-to-type.csv).</summary>
    public static string? Type(IReadOnlyList<string> types) => s_types.MapBest(types);

    /// <summary>zone_diffusion_type/code → zone_eligibilite: région → its départements, pays → france, else the code.</summary>
    public static IReadOnlyList<string>? ZoneEligibilite(string? type, string? code) => type switch
    {
        "pays" => ["france"],
        "region" when code is not null => Text.NullIfEmpty(s_regions.MapAll([code])),
        _ when code is not null => [code],
        _ => null,
    };

    private static List<string> MapKeepingV1(IEnumerable<string> values, Referentiel v1, ValueMap v0)
    {
        var result = new List<string>();
        foreach (var value in values)
        {
            // A value neither v1 nor known v0 contributes nothing, as the pipeline's joins do.
            var targets = v1.Contains(value) ? [value] : v0.MapAll([value]);
            foreach (var target in targets.Where(t => !result.Contains(t)))
            {
                result.Add(target);
            }
        }

        return result;
    }
}
