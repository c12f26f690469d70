using DataInclusion.Host.Pipeline;
using DataInclusion.Normalize;
using Microsoft.AspNetCore.Http;

namespace DataInclusion.Host.Rest;

/// <summary><c>/sources</c> and <c>/doc/{référentiel}</c>: data·inclusion's reference lists.</summary>
internal static class RestReferences
{
    /// <summary>data·inclusion's <c>/doc</c> names and our référentiels (its <c>types-services</c> is our types-de-services file).</summary>
    public static IReadOnlyDictionary<string, Referentiel> Docs { get; } = new Dictionary<string, Referentiel>(StringComparer.Ordinal)
    {
        ["frais"] = Referentiels.Frais,
        ["modes-accueil"] = Referentiels.ModesAccueil,
        ["modes-mobilisation"] = Referentiels.ModesMobilisation,
        ["personnes-mobilisatrices"] = Referentiels.PersonnesMobilisatrices,
        ["publics"] = Referentiels.Publics,
        ["reseaux-porteurs"] = Referentiels.ReseauxPorteurs,
        ["thematiques"] = Referentiels.Thematiques,
        ["types-services"] = Referentiels.TypesDeServices,
    };

    public static async Task<IResult> SourcesAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var query = RestQuery.From(context);
        var sources = (await query.Sources.AllAsync(cancellationToken)).Where(s => query.Visibility.CanSee(s.Slug));
        // A built-in source has a slug and an English description; a producer account's description is its name.
        return RestResults.Ok(sources
            .Select(s => SourceRegistry.Find(s.Slug) is null ? new RestSource(s.Slug, s.Description, null) : new RestSource(s.Slug, s.Slug, s.Description))
            .ToList());
    }

    public static IResult Doc(Referentiel referentiel) =>
        RestResults.Ok(referentiel.Values.Select(v => new RestDocValue(v.Value, v.Label, null)).ToList());
}
