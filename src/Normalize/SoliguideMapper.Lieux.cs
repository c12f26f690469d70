using System.Text.Json;
using DataInclusion.Normalize.Internal;

namespace DataInclusion.Normalize;

/// <summary>Soliguide lieu → v1 structure.</summary>
public sealed partial class SoliguideMapper
{
    private static readonly ValueMap s_sourcesToReseaux = ValueMap.Load("soliguide/sources-to-reseaux-porteurs.csv");

    private static Structure MapLieu(JsonElement lieu, string lieuId, DateOnly dateMaj)
    {
        var sources = JsonRead.Path(lieu, "sources") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Select(s => JsonRead.String(s, "name")).OfType<string>().ToList()
            : [];
        return new Structure
        {
            Source = SourceSlug,
            Id = StructureId(lieuId),
            Nom = JsonRead.String(lieu, "name") ?? string.Empty,
            DateMaj = dateMaj,
            Description = Text.Truncate(Html.ToText(JsonRead.String(lieu, "description")), 10000),
            LienSource = JsonRead.String(lieu, "seo_url") is { } slug ? $"https://soliguide.fr/fr/fiche/{slug}" : null,
            Commune = JsonRead.String(lieu, "position.city"),
            CodePostal = JsonRead.String(lieu, "position.postalCode"),
            CodeInsee = JsonRead.String(lieu, "position.cityCode"),
            Adresse = JsonRead.String(lieu, "position.address"),
            ComplementAdresse = JsonRead.String(lieu, "position.additionalInformation"),
            Longitude = Coordinate(lieu, 0),
            Latitude = Coordinate(lieu, 1),
            Telephone = Telephone(lieu),
            Courriel = JsonRead.String(lieu, "entity.mail"),
            SiteWeb = JsonRead.String(lieu, "entity.website"),
            HorairesAccueil = Hours(JsonRead.Path(lieu, "newhours")),
            ReseauxPorteurs = Text.NullIfEmpty(s_sourcesToReseaux.MapAll(sources)),
        };
    }

    // GeoJSON order: [longitude, latitude].
    private static double? Coordinate(JsonElement lieu, int index) =>
        JsonRead.Path(lieu, "position.location.coordinates") is { ValueKind: JsonValueKind.Array } coordinates
            && coordinates.GetArrayLength() > index && coordinates[index].ValueKind == JsonValueKind.Number
            ? JsonRead.Number(coordinates[index])
            : null;

    private static string? Telephone(JsonElement lieu) =>
        JsonRead.Path(lieu, "entity.phones") is { ValueKind: JsonValueKind.Array } phones
            ? phones.EnumerateArray().Select(p => JsonRead.String(p, "phoneNumber")).FirstOrDefault(p => p is not null)
            : null;

    /// <summary>Soliguide <c>newhours</c>: per weekday <c>{open, timeslot: [{start, end}]}</c> (HHMM), <c>closedHolidays</c>.</summary>
    private static string? Hours(JsonElement? hours)
    {
        if (hours is not { ValueKind: JsonValueKind.Object } week)
        {
            return null;
        }

        string[] names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        var slots = names.Select(name => (IReadOnlyList<(int, int)>)DaySlots(JsonRead.Path(week, name))).ToList();
        return OpeningHours.Format(slots, string.Equals(JsonRead.String(week, "closedHolidays"), "CLOSED", StringComparison.OrdinalIgnoreCase));
    }

    private static List<(int, int)> DaySlots(JsonElement? day)
    {
        if (day is not { } d || JsonRead.Boolean(d, "open") != true || JsonRead.Path(d, "timeslot") is not { ValueKind: JsonValueKind.Array } slots)
        {
            return [];
        }

        var result = new List<(int, int)>();
        foreach (var slot in slots.EnumerateArray())
        {
            if (OpeningHours.ParseTime(JsonRead.String(slot, "start")) is { } start
                && OpeningHours.ParseTime(JsonRead.String(slot, "end")) is { } end && end > start)
            {
                result.Add((start, end));
            }
        }

        return result;
    }
}
