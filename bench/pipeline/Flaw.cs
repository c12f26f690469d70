namespace DataInclusion.Pipeline.Bench;

/// <summary>
/// The ways a row of the generated feed is broken (about 2 % of rows, every kind in turn). <see cref="Hostile"/>
/// ones are malformed JSON values rather than rule violations: issue 8 found that they can crash a run.
/// </summary>
internal sealed record Flaw(string Name, bool Hostile)
{
    public static readonly Flaw[] Structures =
    [
        new("siret.format", false), new("siret.cle", false), new("code_insee.format", false), new("code_postal.format", false),
        new("courriel.format", false), new("date_maj.future", false), new("reseaux_porteurs.inconnu", false),
        new("id.doublon", false), new("description.10001-caracteres", false),
        new("nom.null", true), new("nom.absent", true), new("nom.nombre", true), new("date_maj.nombre", true),
        new("objet.vide", true), new("reseaux_porteurs.liste-imbriquee", true), new("telephone.objet", true),
    ];

    public static readonly Flaw[] Services =
    [
        new("structure_id.inconnue", false), new("thematiques.inconnue", false), new("publics.vide", false),
        new("publics.tous-publics-pas-seul", false), new("modes_mobilisation.absent", false), new("frais.inconnu", false),
        new("nombre_semaines.zero", false), new("zone_eligibilite.format", false), new("id.doublon", false),
        new("description.absente", true), new("nom.null", true), new("thematiques.chaine", true),
        new("publics.nombres", true), new("objet.vide", true), new("latitude.texte", true),
    ];

    public static Flaw[] Select(Flaw[] all, bool withHostile) => withHostile ? all : all.Where(f => !f.Hostile).ToArray();
}
