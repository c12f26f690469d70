using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>Soliguide <c>services_all[]</c> → v1 services (README of mappings/: soliguide rules).</summary>
public sealed partial class SoliguideMapper
{
    private static readonly ValueMap s_categoriesToThematiques = ValueMap.Load("soliguide/categories-to-thematiques.csv");
    private static readonly ValueMap s_categoriesToType = ValueMap.Load("soliguide/categories-to-type.csv");
    private static readonly ValueMap s_publics = ValueMap.Load("soliguide/publics-to-publics.csv");
    private static readonly Dictionary<string, string> s_labels = LoadLabels();
    private static readonly Dictionary<string, HashSet<string>> s_dimensions = LoadDimensions();

    private static IEnumerable<Service> MapServices(JsonElement lieu, string lieuId, DateOnly dateMaj, List<ValidationIssue> issues)
    {
        if (JsonRead.Path(lieu, "services_all") is not { ValueKind: JsonValueKind.Array } services)
        {
            yield break;
        }

        var index = 0;
        foreach (var service in services.EnumerateArray())
        {
            var locator = $"{StructureId(lieuId)}/services_all[{index++}]";
            var category = JsonRead.String(service, "category");
            var thematiques = category is null ? [] : s_categoriesToThematiques.MapAll([category]);
            if (thematiques.Count == 0)
            {
                // The pipeline drops services whose category maps to no thématique.
                continue;
            }

            if (JsonRead.String(service, "serviceObjectId") is not { } serviceId)
            {
                issues.Add(MappingIssues.MissingId(ValidationIssue.ServiceType, locator, "serviceObjectId"));
                continue;
            }

            yield return MapService(lieu, lieuId, dateMaj, service, serviceId, category!, thematiques);
        }
    }

    private static Service MapService(
        JsonElement lieu, string lieuId, DateOnly dateMaj, JsonElement service, string serviceId, string category, IReadOnlyList<string> thematiques)
    {
        // A service may override the lieu's modalities, publics and hours (differentModalities, differentPublics, differentHours).
        var modalities = JsonRead.Boolean(service, "differentModalities") == true ? JsonRead.Path(service, "modalities") : JsonRead.Path(lieu, "modalities");
        var publics = JsonRead.Boolean(service, "differentPublics") == true ? JsonRead.Path(service, "publics") : JsonRead.Path(lieu, "publics");
        var orientation = modalities is { } m && JsonRead.Boolean(m, "orientation.checked") == true;
        var unconditional = modalities is { } u && JsonRead.Boolean(u, "inconditionnel") == true;
        var hours = JsonRead.Boolean(service, "differentHours") == true ? JsonRead.Path(service, "hours") : JsonRead.Path(lieu, "newhours");
        var structure = MapLieu(lieu, lieuId, dateMaj);
        return new Service
        {
            Source = SourceSlug,
            StructureId = structure.Id,
            Id = $"{SourceSlug}--{serviceId}",
            Nom = s_labels.GetValueOrDefault(category, category),
            Description = Text.Truncate(Html.ToText(JsonRead.String(service, "description")), 10000) ?? string.Empty,
            LienSource = structure.LienSource,
            DateMaj = dateMaj,
            Type = s_categoriesToType.MapBest([category]),
            Thematiques = thematiques,
            Frais = modalities is { } p && JsonRead.Boolean(p, "price.checked") == true ? "payant" : "gratuit",
            FraisPrecisions = modalities is { } fp ? JsonRead.String(fp, "price.precisions") : null,
            Publics = Publics(publics),
            PublicsPrecisions = publics is { } pp ? JsonRead.String(pp, "description") : null,
            ConditionsAcces = modalities is { } o ? JsonRead.String(o, "other") : null,
            Commune = structure.Commune,
            CodePostal = structure.CodePostal,
            CodeInsee = structure.CodeInsee,
            Adresse = structure.Adresse,
            ComplementAdresse = structure.ComplementAdresse,
            Longitude = structure.Longitude,
            Latitude = structure.Latitude,
            Telephone = structure.Telephone,
            Courriel = structure.Courriel,
            ModesAccueil = ["en-presentiel"],
            ZoneEligibilite = JsonRead.String(lieu, "position.departmentCode") is { } departement ? [departement] : null,
            ModesMobilisation = unconditional && !orientation
                ? ["envoyer-un-courriel", "telephoner", "se-presenter"]
                : ["envoyer-un-courriel", "telephoner"],
            MobilisablePar = orientation ? ["professionnels"] : ["professionnels", "usagers"],
            MobilisationPrecisions = modalities is { } mp
                ? Text.Join("\n", [JsonRead.String(mp, "orientation.precisions"), JsonRead.String(mp, "appointment.precisions"), JsonRead.String(mp, "inscription.precisions")])
                : null,
            HorairesAccueil = Hours(hours),
        };
    }

    /// <summary>
    /// Read only when <c>accueil = 2</c> (specific publics); a dimension listing every possible value says nothing.
    /// Nothing mapped → <c>tous-publics</c>.
    /// </summary>
    private static List<string> Publics(JsonElement? publics)
    {
        var values = new List<string>();
        if (publics is { } p && JsonRead.Number(p, "accueil") == 2)
        {
            foreach (var (dimension, possible) in s_dimensions)
            {
                var listed = JsonRead.Strings(p, dimension);
                if (!possible.IsSubsetOf(listed))
                {
                    values.AddRange(listed);
                }
            }
        }

        var mapped = s_publics.MapAll(values);
        return mapped.Count == 0 || mapped.Contains("tous-publics") ? ["tous-publics"] : mapped.ToList();
    }

    private static Dictionary<string, string> LoadLabels()
    {
        using var reader = new StreamReader(EmbeddedResources.Open("mappings/soliguide/categories-labels.csv"));
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        return csv.GetRecords<CategoryLabel>().ToDictionary(r => r.source_value, r => r.label, StringComparer.Ordinal);
    }

    // publics-dimensions.csv keeps the source's "familialle" spelling: that dimension is never read, as in the pipeline.
    private static Dictionary<string, HashSet<string>> LoadDimensions()
    {
        using var reader = new StreamReader(EmbeddedResources.Open("mappings/soliguide/publics-dimensions.csv"));
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        return csv.GetRecords<PublicDimension>()
            .Where(r => r.dimension != "familialle")
            .GroupBy(r => r.dimension)
            .ToDictionary(g => g.Key, g => g.Select(r => r.value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

#pragma warning disable IDE1006, CA1812 // CSV row shapes: names are the CSV headers; instantiated by CsvHelper.
    private sealed record CategoryLabel(string source_value, string label);

    private sealed record PublicDimension(string dimension, string value, string notes);
#pragma warning restore IDE1006, CA1812
}
