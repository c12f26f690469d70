using System.Globalization;
using DataInclusion.Host.Api;

namespace DataInclusion.Host.Rest;

/// <summary>
/// Mart rows (as <see cref="MartsReader"/> returns them, camelCase keys) to REST v1 records. Mart columns are named as
/// the schema v1 fields, so the columns read are the fields written, plus what the extras derive from.
/// </summary>
internal static class RestRows
{
    private const string Geocoded = "geocodage";

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

    public static RestStructure Structure(IReadOnlyDictionary<string, object?> row) => new()
    {
        Source = Text(row, "source")!,
        Id = Text(row, "id")!,
        Nom = Text(row, "nom")!,
        DateMaj = Date(row),
        Description = Text(row, "description"),
        LienSource = Text(row, "lienSource"),
        Siret = Text(row, "siret"),
        Commune = Text(row, "commune"),
        CodePostal = Text(row, "codePostal"),
        CodeInsee = Text(row, "codeInsee"),
        Adresse = Text(row, "adresse"),
        ComplementAdresse = Text(row, "complementAdresse"),
        Longitude = row.GetValueOrDefault("longitude") as double?,
        Latitude = row.GetValueOrDefault("latitude") as double?,
        Telephone = Text(row, "telephone"),
        Courriel = Text(row, "courriel"),
        SiteWeb = Text(row, "siteWeb"),
        HorairesAccueil = Text(row, "horairesAccueil"),
        AccessibiliteLieu = Text(row, "accessibiliteLieu"),
        ReseauxPorteurs = row.GetValueOrDefault("reseauxPorteurs") as string[],
        AdresseCertifiee = Text(row, "adresseProvenance") == Geocoded,
        // data·inclusion: the mean of its services' scores, 0 when it has none (ours stores null then).
        ScoreQualite = Score(row) ?? 0,
    };

    public static RestService Service(IReadOnlyDictionary<string, object?> row) => new()
    {
        Source = Text(row, "source")!,
        StructureId = Text(row, "structureId")!,
        Id = Text(row, "id")!,
        Nom = Text(row, "nom")!,
        Description = Text(row, "description")!,
        LienSource = Text(row, "lienSource"),
        DateMaj = Date(row),
        Type = Text(row, "type"),
        Thematiques = row.GetValueOrDefault("thematiques") as string[],
        Frais = Text(row, "frais"),
        FraisPrecisions = Text(row, "fraisPrecisions"),
        Publics = row.GetValueOrDefault("publics") as string[],
        PublicsPrecisions = Text(row, "publicsPrecisions"),
        ConditionsAcces = Text(row, "conditionsAcces"),
        Commune = Text(row, "commune"),
        CodePostal = Text(row, "codePostal"),
        CodeInsee = Text(row, "codeInsee"),
        Adresse = Text(row, "adresse"),
        ComplementAdresse = Text(row, "complementAdresse"),
        Longitude = row.GetValueOrDefault("longitude") as double?,
        Latitude = row.GetValueOrDefault("latitude") as double?,
        Telephone = Text(row, "telephone"),
        Courriel = Text(row, "courriel"),
        ModesAccueil = row.GetValueOrDefault("modesAccueil") as string[],
        ZoneEligibilite = row.GetValueOrDefault("zoneEligibilite") as string[],
        ContactNomPrenom = Text(row, "contactNomPrenom"),
        LienMobilisation = Text(row, "lienMobilisation"),
        ModesMobilisation = row.GetValueOrDefault("modesMobilisation") as string[],
        MobilisablePar = row.GetValueOrDefault("mobilisablePar") as string[],
        MobilisationPrecisions = Text(row, "mobilisationPrecisions"),
        VolumeHoraireHebdomadaire = row.GetValueOrDefault("volumeHoraireHebdomadaire") as double?,
        NombreSemaines = row.GetValueOrDefault("nombreSemaines") as int?,
        HorairesAccueil = Text(row, "horairesAccueil"),
        AdresseCertifiee = Text(row, "adresseProvenance") == Geocoded,
        ScoreQualite = Score(row),
    };

    /// <summary>A distance in whole km, as data·inclusion's <c>distance</c>.</summary>
    public static int? Kilometres(double? km) => km is { } value ? (int)Math.Round(value, MidpointRounding.AwayFromZero) : null;

    private static string? Text(IReadOnlyDictionary<string, object?> row, string key) => row.GetValueOrDefault(key) as string;

    // MartRows writes dates as yyyy-MM-dd.
    private static DateOnly Date(IReadOnlyDictionary<string, object?> row) =>
        DateOnly.ParseExact(Text(row, "dateMaj")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double? Score(IReadOnlyDictionary<string, object?> row) => row.GetValueOrDefault("scoreQualite") switch
    {
        decimal value => (double)value,
        double value => value,
        _ => null,
    };
}
