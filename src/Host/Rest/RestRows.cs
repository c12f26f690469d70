using System.Globalization;
using DataInclusion.Host.Api;

namespace DataInclusion.Host.Rest;

/// <summary>
/// Mart rows (as <see cref="MartsReader"/> returns them, camelCase keys) to REST v1 records: the columns to read and the
/// readers of a value; each record's constructor reads its fields, the shared ones in <see cref="RestPlace"/>. Mart
/// columns are named as the schema v1 fields, so the columns read are the fields written, plus what the extras derive from.
/// </summary>
internal static class RestRows
{
    public static IReadOnlyList<string> StructureColumns { get; } =
    [
        "source", "id", "nom", "date_maj", "description", "lien_source", "siret", "commune", "code_postal", "code_insee", "adresse",
        "complement_adresse", "longitude", "latitude", "telephone", "courriel", "site_web", "horaires_accueil", "accessibilite_lieu",
        "reseaux_porteurs", "adresse_provenance", "score_qualite", "cluster_id",
    ];

    public static IReadOnlyList<string> ServiceColumns { get; } =
    [
        "source", "structure_id", "id", "nom", "description", "lien_source", "date_maj", "type", "thematiques", "frais", "frais_precisions",
        "publics", "publics_precisions", "conditions_acces", "commune", "code_postal", "code_insee", "adresse", "complement_adresse",
        "longitude", "latitude", "telephone", "courriel", "modes_accueil", "zone_eligibilite", "contact_nom_prenom", "lien_mobilisation",
        "modes_mobilisation", "mobilisable_par", "mobilisation_precisions", "volume_horaire_hebdomadaire", "nombre_semaines",
        "horaires_accueil", "adresse_provenance", "score_qualite",
    ];

    /// <summary>A structure's REST record (its constructor reads the row).</summary>
    public static RestStructure Structure(IReadOnlyDictionary<string, object?> row) => new(row);

    /// <summary>A service's REST record (its constructor reads the row).</summary>
    public static RestService Service(IReadOnlyDictionary<string, object?> row) => new(row);

    /// <summary>A distance in whole km, as data·inclusion's <c>distance</c>.</summary>
    public static int? Kilometres(double? km) => km is { } value ? (int)Math.Round(value, MidpointRounding.AwayFromZero) : null;

    internal static string? Text(IReadOnlyDictionary<string, object?> row, string key) => row.GetValueOrDefault(key) as string;

    // MartRows writes dates as yyyy-MM-dd.
    internal static DateOnly Date(IReadOnlyDictionary<string, object?> row) =>
        DateOnly.ParseExact(Text(row, "dateMaj")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static double? Score(IReadOnlyDictionary<string, object?> row) => row.GetValueOrDefault("scoreQualite") switch
    {
        decimal value => (double)value,
        double value => value,
        _ => null,
    };
}
