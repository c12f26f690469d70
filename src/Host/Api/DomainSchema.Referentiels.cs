using DataInclusion.GraphQL.Types;
using DataInclusion.Normalize;

namespace DataInclusion.Host.Api;

/// <summary>The référentiels as queries, straight from the embedded schema v1 files (the same the validation reads).</summary>
internal static partial class DomainSchema
{
    private static SchemaBuilder AddReferentiels(this SchemaBuilder builder)
    {
        var thematiques = Referentiels.Thematiques.Values
            .Select(v => new Dictionary<string, object?> { ["value"] = v.Value, ["label"] = v.Label, ["categorie"] = v.Value.Split("--")[0] })
            .ToList();
        builder.AddResolver("Query", "thematiques", _ => ValueTask.FromResult<object?>(thematiques));
        foreach (var (field, referentiel) in new[]
        {
            ("categoriesThematiques", Referentiels.CategoriesThematiques), ("publics", Referentiels.Publics), ("frais", Referentiels.Frais),
            ("typesServices", Referentiels.TypesDeServices), ("modesAccueil", Referentiels.ModesAccueil),
            ("modesMobilisation", Referentiels.ModesMobilisation), ("personnesMobilisatrices", Referentiels.PersonnesMobilisatrices),
            ("reseauxPorteurs", Referentiels.ReseauxPorteurs),
        })
        {
            var values = referentiel.Values.Select(v => new Dictionary<string, object?> { ["value"] = v.Value, ["label"] = v.Label }).ToList();
            builder.AddResolver("Query", field, _ => ValueTask.FromResult<object?>(values));
        }

        return builder;
    }
}
