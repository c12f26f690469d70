using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>The Grist services table (v1 columns, lists separated by ", ", <c>__ignore__</c> rows skipped) and the agences' hours.</summary>
public sealed partial class FranceTravailMapper
{
    private static readonly ValueMap s_weekdays = ValueMap.Load("france-travail/horaires-jour-to-osm-weekday.csv");

    private static List<(string, Service)> ReadServiceRows(RawDocument document, List<ValidationIssue> issues)
    {
        var rows = new List<(string, Service)>();
        List<(int Line, Dictionary<string, string?> Row)> table;
        try
        {
            table = CsvTable.Read(document.Content);
        }
        catch (CsvHelper.CsvHelperException e)
        {
            issues.Add(MappingIssues.UnreadableDocument(document, e.Message));
            return rows;
        }

        foreach (var (line, row) in table.Where(r => !TabularRecord.IsIgnored(r.Row)))
        {
            var locator = MappingIssues.Line(document, line);
            Service? service;
            try
            {
                service = TabularRecord.ToJson(row, ValidationIssue.ServiceType).Deserialize<Service>(SchemaJson.Lenient);
            }
            catch (JsonException e)
            {
                issues.Add(MappingIssues.UnreadableRecord(ValidationIssue.ServiceType, locator, $"champ `{e.Path?.TrimStart('$', '.')}` de type inattendu."));
                continue;
            }

            if (service is null || string.IsNullOrWhiteSpace(service.Id))
            {
                issues.Add(MappingIssues.MissingId(ValidationIssue.ServiceType, locator));
                continue;
            }

            rows.Add((locator, service));
        }

        return rows;
    }

    /// <summary>constants.csv: id <c>&lt;code&gt;-&lt;service id&gt;</c>; zone and hours default to the agence's.</summary>
    private static Service ServiceAt(Service row, Structure agence, string code) => row with
    {
        Source = SourceSlug,
        StructureId = agence.Id,
        Id = $"{SourceSlug}--{code}-{row.Id.Trim()}",
        Commune = agence.Commune,
        CodePostal = agence.CodePostal,
        CodeInsee = agence.CodeInsee,
        Adresse = agence.Adresse,
        ComplementAdresse = agence.ComplementAdresse,
        Longitude = agence.Longitude,
        Latitude = agence.Latitude,
        ZoneEligibilite = row.ZoneEligibilite ?? (CodeInsee.TryParse(agence.CodeInsee, out var insee) ? [insee.Departement] : null),
        HorairesAccueil = row.HorairesAccueil ?? agence.HorairesAccueil,
    };

    /// <summary>
    /// Agence <c>horaires</c>: per <c>jour</c> (1 = Monday), closed when <c>horaireFerme = "O"</c>, one slot when
    /// <c>horaireEnContinu = "O"</c>, else morning and afternoon.
    /// </summary>
    private static string? Hours(JsonElement? horaires)
    {
        if (horaires is not { ValueKind: JsonValueKind.Array } days)
        {
            return null;
        }

        var week = Enumerable.Range(0, 7).Select(_ => new List<(int, int)>()).ToList();
        foreach (var day in days.EnumerateArray())
        {
            var osmDay = JsonRead.String(day, "jour") is { } jour ? s_weekdays.MapBest([jour]) : null;
            if (osmDay is null || JsonRead.String(day, "horaireFerme") == "O")
            {
                continue;
            }

            var slots = week[Array.IndexOf(OpeningHours.Days, osmDay)];
            if (JsonRead.String(day, "horaireEnContinu") == "O")
            {
                AddSlot(slots, day, "ouvertureMatin", JsonRead.String(day, "fermetureApresMidi") is null ? "fermetureMatin" : "fermetureApresMidi");
            }
            else
            {
                AddSlot(slots, day, "ouvertureMatin", "fermetureMatin");
                AddSlot(slots, day, "ouvertureApresMidi", "fermetureApresMidi");
            }
        }

        return OpeningHours.Format(week.Select(d => (IReadOnlyList<(int, int)>)d).ToList(), holidaysClosed: false);
    }

    private static void AddSlot(List<(int, int)> slots, JsonElement day, string open, string close)
    {
        if (OpeningHours.ParseTime(JsonRead.String(day, open)) is { } start
            && OpeningHours.ParseTime(JsonRead.String(day, close)) is { } end && end > start)
        {
            slots.Add((start, end));
        }
    }
}
