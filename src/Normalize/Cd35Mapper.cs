using System.Globalization;
using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>
/// Maps the Ille-et-Vilaine social directory (ArcGIS FeatureServer query pages, <c>features[].attributes</c>) to one
/// structure per organisation and one service per mapped thématique (data-inclusion.md §2.4, mappings/cd35).
/// </summary>
public sealed class Cd35Mapper : ISourceMapper
{
    /// <summary>Pages of <c>…/annuaire_social_CD35/FeatureServer/0/query?f=json</c>.</summary>
    public const string OrganisationsStream = "organisations";

    public const string SourceSlug = "cd35";

    private static readonly FuzzyLabels s_thematiqueLabels = FuzzyLabels.Load("cd35/thematiques-to-thematiques.csv");
    private static readonly FuzzyLabels s_profilLabels = FuzzyLabels.Load("cd35/profils-to-publics.csv");
    private static readonly ValueMap s_thematiques = ValueMap.Load("cd35/thematiques-to-thematiques.csv");
    private static readonly ValueMap s_types = ValueMap.Load("cd35/thematiques-to-type.csv");
    private static readonly ValueMap s_publics = ValueMap.Load("cd35/profils-to-publics.csv");
    private static readonly ValueMap s_sigles = ValueMap.Load("cd35/sigle-to-reseaux-porteurs.csv");
    private static readonly Dictionary<string, string> s_labelOf = LabelsBySlug();

    public string Source => SourceSlug;

    public MappingResult Map(IReadOnlyList<RawDocument> documents)
    {
        var structures = new List<Structure>();
        var services = new List<Service>();
        var issues = new List<ValidationIssue>();
        foreach (var document in documents)
        {
            if (document.Stream != OrganisationsStream)
            {
                issues.Add(MappingIssues.UnknownStream(document));
                continue;
            }

            var features = JsonRecords.Read(document, issues, "features");
            for (var index = 0; index < features.Count; index++)
            {
                var attributes = features[index].ValueKind == JsonValueKind.Object ? JsonRead.Path(features[index], "attributes") : null;
                if (attributes is not { ValueKind: JsonValueKind.Object } organisation)
                {
                    issues.Add(MappingIssues.UnreadableRecord(document, ValidationIssue.StructureType, index, "`attributes` absent."));
                }
                else if (JsonRead.String(organisation, "ID") is not { } id)
                {
                    issues.Add(MappingIssues.MissingId(document, ValidationIssue.StructureType, index, "ID"));
                }
                else
                {
                    var structure = MapOrganisation(organisation, id);
                    structures.Add(structure);
                    services.AddRange(MapServices(organisation, structure));
                }
            }
        }

        return new MappingResult(structures, services, issues);
    }

    private static Structure MapOrganisation(JsonElement o, string id) => new()
    {
        Source = SourceSlug,
        Id = $"{SourceSlug}--{id}",
        Nom = JsonRead.String(o, "NOM") ?? string.Empty,
        DateMaj = Date(JsonRead.Path(o, "DATE_MAJ")) ?? default,
        Description = Text.Truncate(JsonRead.String(o, "PRESENTATION_DETAIL"), 10000),
        LienSource = JsonRead.String(o, "LIEN_SOURCE"),
        Commune = JsonRead.String(o, "COMMUNE"),
        CodePostal = JsonRead.String(o, "CODE_POSTAL"),
        CodeInsee = JsonRead.String(o, "CODE_INSEE"),
        Adresse = JsonRead.String(o, "ADRESSE"),
        ComplementAdresse = JsonRead.String(o, "COMPLEMENT_ADRESSE"),
        Longitude = JsonRead.Number(o, "LONGITUDE"),
        Latitude = JsonRead.Number(o, "LATITUDE"),
        Telephone = JsonRead.String(o, "TELEPHONE"),
        Courriel = JsonRead.String(o, "COURRIEL"),
        SiteWeb = JsonRead.String(o, "SITE_WEB"),
        HorairesAccueil = JsonRead.String(o, "HORAIRES_OUVERTURE"),
        ReseauxPorteurs = JsonRead.String(o, "SIGLE") is { } sigle ? Text.NullIfEmpty(s_sigles.MapAll([sigle.ToUpperInvariant()])) : null,
    };

    /// <summary>One service per thématique that maps to a v1 thématique; the others generate nothing.</summary>
    private static IEnumerable<Service> MapServices(JsonElement o, Structure structure)
    {
        var publics = s_publics.MapAll(s_profilLabels.MatchList(JsonRead.String(o, "PROFIL")));
        foreach (var slug in s_thematiqueLabels.MatchList(JsonRead.String(o, "THEMATIQUE")))
        {
            var thematiques = s_thematiques.MapAll([slug]);
            if (thematiques.Count == 0)
            {
                continue;
            }

            yield return new Service
            {
                Source = SourceSlug,
                StructureId = structure.Id,
                Id = $"{structure.Id}--{slug}",
                Nom = s_labelOf[slug],
                Description = structure.Description ?? string.Empty,
                LienSource = structure.LienSource,
                DateMaj = structure.DateMaj,
                Type = s_types.MapBest([slug]),
                Thematiques = thematiques,
                Publics = Text.NullIfEmpty(publics),
                Commune = structure.Commune,
                CodePostal = structure.CodePostal,
                CodeInsee = structure.CodeInsee,
                Adresse = structure.Adresse,
                ComplementAdresse = structure.ComplementAdresse,
                Longitude = structure.Longitude,
                Latitude = structure.Latitude,
                Telephone = structure.Telephone,
                Courriel = structure.Courriel,
                ZoneEligibilite = ["35"],
                MobilisablePar = ["usagers", "professionnels"],
                HorairesAccueil = structure.HorairesAccueil,
            };
        }
    }

    /// <summary>ArcGIS serves dates as epoch milliseconds (f=json); text dates are read as ISO or dd/MM/yyyy.</summary>
    private static DateOnly? Date(JsonElement? value)
    {
        if (value is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var milliseconds))
        {
            return Paris.DateOf(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));
        }

        var text = value is { ValueKind: JsonValueKind.String } s ? JsonRead.Text(s)?.Trim() : null;
        return DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : JsonRead.ParseDate(text);
    }

    private static Dictionary<string, string> LabelsBySlug()
    {
        using var reader = new StreamReader(EmbeddedResources.Open("mappings/cd35/thematiques-to-thematiques.csv"));
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            labels.TryAdd(csv.GetField("source_value")!, csv.GetField("source_label")!);
        }

        return labels;
    }
}
