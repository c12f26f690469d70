using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>The schema v1 référentiels (schema/referentiels/*.json, embedded in this assembly).</summary>
public static class Referentiels
{
    public static Referentiel Frais { get; } = Load("frais");

    public static Referentiel ModesAccueil { get; } = Load("modes-accueil");

    public static Referentiel ModesMobilisation { get; } = Load("modes-mobilisation");

    public static Referentiel PersonnesMobilisatrices { get; } = Load("personnes-mobilisatrices");

    public static Referentiel Publics { get; } = Load("publics");

    public static Referentiel ReseauxPorteurs { get; } = Load("reseaux-porteurs");

    public static Referentiel Thematiques { get; } = Load("thematiques");

    public static Referentiel CategoriesThematiques { get; } = Load("categories-thematiques");

    public static Referentiel TypesDeServices { get; } = Load("types-de-services");

    public static IReadOnlyList<Referentiel> All { get; } =
    [
        Frais, ModesAccueil, ModesMobilisation, PersonnesMobilisatrices, Publics, ReseauxPorteurs, Thematiques, CategoriesThematiques, TypesDeServices,
    ];

    private static Referentiel Load(string name)
    {
        using var stream = EmbeddedResources.Open($"schema/referentiels/{name}.json");
        var values = JsonSerializer.Deserialize<List<ReferentielValue>>(stream)
            ?? throw new InvalidOperationException($"Référentiel {name} is empty.");
        return new Referentiel(name, values);
    }
}
