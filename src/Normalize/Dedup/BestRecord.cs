namespace DataInclusion.Normalize.Dedup;

/// <summary>
/// The record that stands for a cluster: highest quality score, then most recent <c>date_maj</c>, then the source
/// order below, then the smallest id (data-inclusion.md §10: the ranking is deterministic).
/// </summary>
public static class BestRecord
{
    /// <summary>
    /// Sources ranked by how directly they hear from the place itself: structures editing their own page first (Dora,
    /// emplois, France Travail's own agencies), aggregators after. Unlisted sources come last, by slug.
    /// </summary>
    public static IReadOnlyList<string> DefaultSourceOrder { get; } =
    [
        "dora", "emplois-de-linclusion", "france-travail", "action-logement", "agefiph", "cd35", "soliguide",
        "mediation-numerique", "demo",
    ];

    private static readonly string[] s_completenessFields = ["siret", "adresse", "code_insee", "telephone", "courriel", "site_web", "description", "horaires_accueil", "coordonnees", "reseaux_porteurs"];

    /// <summary>Default quality: the share of the optional fields a visitor needs that are filled (0–1).</summary>
    public static double Completeness(Structure structure)
    {
        var filled = new[]
        {
            structure.Siret, structure.Adresse, structure.CodeInsee, structure.Telephone, structure.Courriel,
            structure.SiteWeb, structure.Description, structure.HorairesAccueil,
            structure.Latitude is null || structure.Longitude is null ? null : "x",
            structure.ReseauxPorteurs is { Count: > 0 } ? "x" : null,
        }.Count(v => !string.IsNullOrWhiteSpace(v));
        return (double)filled / s_completenessFields.Length;
    }

    public static Structure Select(IReadOnlyList<Structure> members, Func<Structure, double>? quality = null, IReadOnlyList<string>? sourceOrder = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(members.Count);
        quality ??= Completeness;
        sourceOrder ??= DefaultSourceOrder;
        int Rank(Structure s)
        {
            for (var i = 0; i < sourceOrder.Count; i++)
            {
                if (sourceOrder[i] == s.Source)
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        return members.OrderByDescending(quality).ThenByDescending(s => s.DateMaj).ThenBy(Rank)
            .ThenBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).First();
    }
}
