using System.Text.Json.Nodes;
using DataInclusion.Normalize.Places;
using DataInclusion.Normalize.Places.Geocoding;

namespace DataInclusion.Host.Geocoding;

/// <summary>
/// Reads a normalised record's address from its JSON and writes back what is published, with its provenance
/// (<c>adresse_provenance</c>, <c>adresse_producteur</c>, <c>geocodage</c>: migration 0083) and the COG codes of the
/// published commune (migration 0081).
/// </summary>
internal static class GeocodedJson
{
    public static PublishedAddress Producer(JsonObject record) => new(
        Text(record, "adresse"), Text(record, "code_postal"), Text(record, "commune"), Text(record, "code_insee"),
        Text(record, "code_arrondissement"), Number(record, "longitude"), Number(record, "latitude"), PublishedAddress.FromProducer);

    public static void Write(JsonObject record, PublishedAddress producer, PublishedAddress published, CachedGeocode? answer)
    {
        record["adresse_provenance"] = published.Provenance;
        record["adresse_producteur"] = published.Provenance == PublishedAddress.FromProducer ? null : Values(producer);
        record["geocodage"] = answer is { Result: { Status: GeocodingResult.Ok } result } ? Answer(result, answer.GeocodedAt) : null;
        if (published.Provenance == PublishedAddress.FromProducer)
        {
            return;
        }

        var values = Values(published);
        foreach (var (name, value) in values)
        {
            record[name] = value?.DeepClone();
        }

        var place = Cog.Locate(published.CodeArrondissement ?? published.CodeInsee);
        record["code_arrondissement"] = published.CodeArrondissement;
        record["code_departement"] = place.CodeDepartement;
        record["code_region"] = place.CodeRegion;
        record["code_epci"] = place.CodeEpci;
    }

    private static JsonObject Values(PublishedAddress address) => new()
    {
        ["adresse"] = address.Adresse,
        ["code_postal"] = address.CodePostal,
        ["commune"] = address.Commune,
        ["code_insee"] = address.CodeInsee,
        ["longitude"] = address.Longitude,
        ["latitude"] = address.Latitude,
    };

    private static JsonObject Answer(GeocodingResult result, DateTimeOffset geocodedAt) => new()
    {
        ["score"] = result.Score,
        ["type"] = result.Type,
        ["label"] = result.Label,
        ["adresse"] = result.Adresse,
        ["code_postal"] = result.CodePostal,
        ["commune"] = result.Commune,
        ["code_insee"] = result.CodeInsee,
        ["longitude"] = result.Longitude,
        ["latitude"] = result.Latitude,
        ["geocode_le"] = geocodedAt,
    };

    private static string? Text(JsonObject record, string name) =>
        record[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static double? Number(JsonObject record, string name) =>
        record[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;
}
