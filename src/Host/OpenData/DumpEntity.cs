using DataInclusion.Normalize;

namespace DataInclusion.Host.OpenData;

/// <summary>
/// A published entity of the open-data set (structures, services): its columns in v1 order and the query that reads
/// what may leave the marts (issue 10 §1). Internal columns (run_id, cluster ids, quality criteria, the enrichment flags)
/// are never selected.
/// </summary>
internal sealed record DumpEntity(string Name, string SheetName, IReadOnlyList<DumpColumn> Columns, string FromWhere)
{
    // Where courriel_personnel is set (migration 0080), the record's contacts are blanked (data·inclusion's _has_pii rule).
    private const string MaskedCourriel = "CASE WHEN t.courriel_personnel IS TRUE THEN NULL ELSE t.courriel END";
    private const string MaskedTelephone = "CASE WHEN t.courriel_personnel IS TRUE THEN NULL ELSE t.telephone END";

    // A structure's and a service's address and contacts, in v1 order (declared before the entities that use them).
    private static readonly DumpColumn[] s_place =
    [
        new("commune", DumpKind.Text),
        new("code_postal", DumpKind.Text, Pattern: "^\\d{5}$"),
        new("code_insee", DumpKind.Text, Pattern: "^\\w{5}$"),
        new("adresse", DumpKind.Text),
        new("complement_adresse", DumpKind.Text),
        new("longitude", DumpKind.Number),
        new("latitude", DumpKind.Number),
        new("telephone", DumpKind.Phone),
        new("courriel", DumpKind.Text),
    ];

    public static DumpEntity Structures { get; } = new("structures", "Structures",
    [
        new("source", DumpKind.Text, Required: true),
        new("id", DumpKind.Text, Required: true),
        new("nom", DumpKind.Text, Required: true),
        new("date_maj", DumpKind.Date, Required: true),
        new("description", DumpKind.Text),
        new("lien_source", DumpKind.Text),
        new("siret", DumpKind.Text, Pattern: "^\\d{14}$"),
        .. s_place,
        new("site_web", DumpKind.Text),
        new("horaires_accueil", DumpKind.Text),
        new("accessibilite_lieu", DumpKind.Text),
        new("reseaux_porteurs", DumpKind.List, Referentiel: Referentiels.ReseauxPorteurs),
        new("score_qualite", DumpKind.Number),
    ],
    // Only open sources; never a structure whose establishment is closed (etablissement_ferme, migration 0080).
    "FROM marts.structures t WHERE t.source = ANY(@sources) AND t.etablissement_ferme IS NOT TRUE");

    public static DumpEntity Services { get; } = new("services", "Services",
    [
        new("source", DumpKind.Text, Required: true),
        new("structure_id", DumpKind.Text, Required: true),
        new("id", DumpKind.Text, Required: true),
        new("nom", DumpKind.Text, Required: true),
        new("description", DumpKind.Text, Required: true),
        new("lien_source", DumpKind.Text),
        new("date_maj", DumpKind.Date, Required: true),
        new("type", DumpKind.Text, Referentiel: Referentiels.TypesDeServices),
        new("thematiques", DumpKind.List, Referentiel: Referentiels.Thematiques),
        new("frais", DumpKind.Text, Referentiel: Referentiels.Frais),
        new("frais_precisions", DumpKind.Text),
        new("publics", DumpKind.List, Referentiel: Referentiels.Publics),
        new("publics_precisions", DumpKind.Text),
        new("conditions_acces", DumpKind.Text),
        .. s_place,
        new("modes_accueil", DumpKind.List, Referentiel: Referentiels.ModesAccueil),
        new("zone_eligibilite", DumpKind.List),
        new("contact_nom_prenom", DumpKind.Text),
        new("lien_mobilisation", DumpKind.Text),
        new("modes_mobilisation", DumpKind.List, Referentiel: Referentiels.ModesMobilisation),
        new("mobilisable_par", DumpKind.List, Referentiel: Referentiels.PersonnesMobilisatrices),
        new("mobilisation_precisions", DumpKind.Text),
        new("volume_horaire_hebdomadaire", DumpKind.Number),
        new("nombre_semaines", DumpKind.Integer),
        new("horaires_accueil", DumpKind.Text),
        new("score_qualite", DumpKind.Number),
    ],
    // A service leaves only with its structure: same open sources, and never under a closed establishment.
    "FROM marts.services t JOIN marts.structures s ON s.id = t.structure_id "
        + "WHERE t.source = ANY(@sources) AND s.source = ANY(@sources) AND s.etablissement_ferme IS NOT TRUE");

    public static IReadOnlyList<DumpEntity> All { get; } = [Structures, Services];

    /// <summary>The rows in id order (stable files from one export to the next).</summary>
    public string SelectSql => $"SELECT {string.Join(", ", Columns.Select(Expression))} {FromWhere} ORDER BY t.id";

    public string CountSql => $"SELECT count(*) {FromWhere}";

    public string CountBySourceSql => $"SELECT t.source, count(*) {FromWhere} GROUP BY t.source";

    /// <summary>The sources the entity's exported rows come from.</summary>
    public string SourcesSql => $"SELECT DISTINCT t.source {FromWhere}";

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"{Name} has no column {column}.", nameof(column));
    }

    private static string Expression(DumpColumn column) => column.Name switch
    {
        "courriel" => MaskedCourriel,
        "telephone" => MaskedTelephone,
        // numeric(3,2): read as a double, the type every format has.
        "score_qualite" => "t.score_qualite::double precision",
        _ => "t." + column.Name,
    };
}
