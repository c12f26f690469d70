using System.Globalization;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// The geographic part of the searches: resolves a <see cref="SearchArea"/> against <c>marts.communes</c>, and writes the
/// distance predicates: a box in degrees (<see cref="DegreeBox"/>) selects candidates from the SP-GiST index on
/// <c>marts.geo_point(latitude, longitude)</c> (migration 0125), <c>earth_distance</c> (great circle, metres) keeps those
/// within range.
/// </summary>
internal sealed class GeoSearch(NpgsqlDataSource dataSource)
{
    public const double MaxDistanceKm = 1000;

    public async Task<(SearchOrigin? Origin, IReadOnlyList<FilterError> Errors)> ResolveAsync(SearchArea area, CancellationToken cancellationToken)
    {
        var errors = new List<FilterError>();
        if ((area.Latitude is null) != (area.Longitude is null))
        {
            errors.Add(new FilterError("Latitude", "latitude et longitude vont ensemble : donnez les deux, ou aucune."));
        }

        if (area.Latitude is < -90 or > 90 || area.Longitude is < -180 or > 180)
        {
            errors.Add(new FilterError("Latitude", "latitude entre -90 et 90, longitude entre -180 et 180 (WGS 84, en degrés)."));
        }

        if (area.DistanceKm is <= 0 or > MaxDistanceKm || double.IsNaN(area.DistanceKm))
        {
            errors.Add(new FilterError("DistanceKm", $"la distance doit être comprise entre 0 (exclu) et {MaxDistanceKm} km ; reçu {area.DistanceKm.ToString(CultureInfo.InvariantCulture)}."));
        }

        if (errors.Count > 0 || !area.IsSet)
        {
            return (null, errors);
        }

        if (area.CodeCommune is not { } code)
        {
            return (new SearchOrigin(area.Latitude!.Value, area.Longitude!.Value, area.DistanceKm, null), errors);
        }

        await using var command = dataSource.CreateCommand("SELECT latitude, longitude, code_epci FROM marts.communes WHERE code_insee = $1");
        command.Parameters.Add(new() { Value = code });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            errors.Add(new FilterError("CodeCommune",
                $"commune inconnue : « {code} » n’est pas le code INSEE d’une commune du Code officiel géographique (ex. 44109 pour Nantes ; "
                + "un arrondissement municipal se cherche par le code de sa commune, ex. 75056)."));
            return (null, errors);
        }

        string[] zones = [code, Departement(code), .. reader.IsDBNull(2) ? Array.Empty<string>() : [reader.GetString(2)], "france", "99100"];
        return (new SearchOrigin(area.Latitude ?? reader.GetDouble(0), area.Longitude ?? reader.GetDouble(1), area.DistanceKm, zones), errors);
    }

    /// <summary>SQL true for a row of <c>marts.services</c>/<c>marts.structures</c> whose point is within the origin's range.</summary>
    public static string Within(SearchOrigin origin, NpgsqlCommand command, out string distanceMetres)
    {
        var centre = Centre(origin, command);
        var radius = MartPredicates.Add(command, origin.DistanceKm * 1000);
        distanceMetres = $"earth_distance({centre}, marts.earth_point(latitude, longitude))";
        var boxes = DegreeBox.Around(origin.Latitude, origin.Longitude, origin.DistanceKm).Select(box => InBox(box, command));
        return $"(({string.Join(" OR ", boxes)}) AND {distanceMetres} <= ${radius})";
    }

    private static string InBox(DegreeBox box, NpgsqlCommand command) =>
        $"marts.geo_point(latitude, longitude) <@ box(point(${MartPredicates.Add(command, box.West)}, ${MartPredicates.Add(command, box.South)}), "
        + $"point(${MartPredicates.Add(command, box.East)}, ${MartPredicates.Add(command, box.North)}))";

    /// <summary>The eligibility rule: no zone (open to all) or one naming the commune, its département, its EPCI or France.</summary>
    public static string? Eligible(SearchOrigin origin, NpgsqlCommand command) =>
        origin.Zones is null ? null : $"(zone_eligibilite IS NULL OR zone_eligibilite && ${MartPredicates.Add(command, origin.Zones.ToArray())})";

    private static string Centre(SearchOrigin origin, NpgsqlCommand command) =>
        $"marts.earth_point(${MartPredicates.Add(command, origin.Latitude)}, ${MartPredicates.Add(command, origin.Longitude)})";

    // As marts.departement (migration 0031): three characters overseas (97x, 98x), two elsewhere (2A and 2B included).
    public static string Departement(string codeInsee) =>
        codeInsee.StartsWith("97", StringComparison.Ordinal) || codeInsee.StartsWith("98", StringComparison.Ordinal) ? codeInsee[..3] : codeInsee[..2];
}
