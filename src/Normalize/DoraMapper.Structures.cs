using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>Dora structure → v1 structure (mappings/v0-to-v1-fields.csv, structure.* rows).</summary>
public sealed partial class DoraMapper
{
    private static readonly ValueMap s_typologie = ValueMap.Load("dora/typologie-to-reseaux-porteurs.csv");
    private static readonly ValueMap s_labels = ValueMap.Load("dora/labels-nationaux-to-reseaux-porteurs.csv");

    private static Structure MapStructure(JsonElement record)
    {
        var typologie = JsonRead.String(record, "typologie");
        var reseaux = s_typologie.MapAll(typologie is null ? [] : [typologie])
            .Union(s_labels.MapAll(JsonRead.Strings(record, "labels_nationaux")))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new Structure
        {
            Source = SourceSlug,
            Id = Id(JsonRead.String(record, "id")!),
            Nom = Text.StripTrailingDots(JsonRead.String(record, "nom") ?? string.Empty),
            DateMaj = DateMaj(record),
            Description = Description(record),
            LienSource = JsonRead.String(record, "lien_source"),
            Siret = JsonRead.String(record, "siret"),
            Commune = JsonRead.String(record, "commune"),
            CodePostal = JsonRead.String(record, "code_postal"),
            CodeInsee = JsonRead.String(record, "code_insee"),
            Adresse = JsonRead.String(record, "adresse"),
            ComplementAdresse = JsonRead.String(record, "complement_adresse"),
            Longitude = JsonRead.Number(record, "longitude"),
            Latitude = JsonRead.Number(record, "latitude"),
            Telephone = JsonRead.String(record, "telephone"),
            Courriel = JsonRead.String(record, "courriel"),
            SiteWeb = JsonRead.String(record, "site_web"),
            HorairesAccueil = JsonRead.String(record, "horaires_ouverture"),
            AccessibiliteLieu = JsonRead.String(record, "accessibilite"),
            ReseauxPorteurs = Text.NullIfEmpty(reseaux),
        };
    }
}
