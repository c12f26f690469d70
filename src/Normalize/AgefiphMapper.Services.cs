using System.Globalization;
using System.Text.Json;
using CsvHelper;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>Agefiph aide/solution node → v1 service template, then one copy per structure.</summary>
public sealed partial class AgefiphMapper
{
    private static readonly ValueMap s_thematiques = ValueMap.Load("agefiph/thematiques-to-thematiques.csv");
    private static readonly ValueMap s_types = ValueMap.Load("agefiph/types-de-solution-to-type.csv");
    private static readonly ValueMap s_profils = ValueMap.Load("agefiph/profils-to-publics.csv");
    private static readonly HashSet<string> s_excludedThematiques = LoadExcludedThematiques();

    /// <summary>Null for solutions reserved to partners or carrying an excluded thématique (employer-side offers).</summary>
    private static Service? MapSolution(JsonElement node, string id)
    {
        var thematiqueIds = JsonRead.Path(node, "relationships.field_thematique.data") is { ValueKind: JsonValueKind.Array } data
            ? data.EnumerateArray().Select(t => JsonRead.String(t, "id")).OfType<string>().ToList()
            : [];
        if (JsonRead.Boolean(node, "attributes.field_solution_partenaire") == true || thematiqueIds.Any(s_excludedThematiques.Contains))
        {
            return null;
        }

        var profil = JsonRead.String(node, "relationships.field_profil_associe.data.id");
        var typeId = JsonRead.String(node, "relationships.field_type_de_solution.data.id");
        return new Service
        {
            Source = SourceSlug,
            StructureId = string.Empty,
            Id = id,
            Nom = JsonRead.String(node, "attributes.title") ?? string.Empty,
            Description = Text.Truncate(Html.ToText(JsonRead.String(node, "attributes.field_solution_detail.value")), 10000) ?? string.Empty,
            LienSource = JsonRead.String(node, "attributes.path.alias") is { } alias ? $"https://www.agefiph.fr{alias}" : null,
            DateMaj = Date(node),
            Type = typeId is null ? null : s_types.MapBest([typeId]),
            Thematiques = Text.NullIfEmpty(s_thematiques.MapAll(thematiqueIds)),
            Frais = "gratuit",

            // profils-to-publics.csv: no profil means everyone; an unmapped profil leaves publics empty.
            Publics = profil is null ? ["tous-publics"] : Text.NullIfEmpty(s_profils.MapAll([profil])),
            ModesAccueil = ["a-distance"],
            LienMobilisation = SiteUrl(JsonRead.String(node, "attributes.field_lien_aide.uri")),
            MobilisablePar = ["usagers", "professionnels"],
        };
    }

    private static Service OfferedBy(Service solution, Structure structure) => solution with
    {
        StructureId = structure.Id,
        Id = $"{structure.Id}-{solution.Id}",
        Commune = structure.Commune,
        CodePostal = structure.CodePostal,
        Adresse = structure.Adresse,
        ComplementAdresse = structure.ComplementAdresse,
        Longitude = structure.Longitude,
        Latitude = structure.Latitude,
        Telephone = structure.Telephone,
        Courriel = structure.Courriel,
    };

    // thematiques-to-thematiques.csv marks the excluded thématiques in its notes.
    private static HashSet<string> LoadExcludedThematiques()
    {
        using var reader = new StreamReader(EmbeddedResources.Open("mappings/agefiph/thematiques-to-thematiques.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (csv.GetField("notes")?.Contains("excluded", StringComparison.Ordinal) == true)
            {
                excluded.Add(csv.GetField("source_value")!);
            }
        }

        return excluded;
    }
}
