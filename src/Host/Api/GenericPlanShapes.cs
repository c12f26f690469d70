namespace DataInclusion.Host.Api;

/// <summary>
/// Which of <see cref="MartsReader"/>'s statements may run a generic plan (planned once per connection, whatever the
/// parameters) instead of a custom plan per execution: those whose best plan does not depend on the values. Planning
/// was most of PostgreSQL's CPU per portal request (0.10–0.29 ms per statement against 0.03–0.4 ms of execution,
/// bench/api <c>--explain</c>); a statement listed here is proven to keep its index under the generic plan by
/// <c>GenericPlanTests</c>. The loaders' lookups by key (<c>id</c>, <c>structure_id</c>, <c>cluster_id</c>
/// <c>= ANY</c>) always may: one unique or selective btree whatever the keys.
/// </summary>
internal static class GenericPlanShapes
{
    /// <summary>
    /// A page or a count whose rows come from one index whatever the values: no filter (the primary key in id
    /// order), or exactly one place (commune, département, EPCI: a (place, id) btree holding a few thousand rows at
    /// most) whose other filters are array overlaps that <see cref="MartPredicates"/> writes as
    /// <c>IS TRUE</c>, so they are checked on the place's rows and no GIN bitmap competes. Kept on custom plans: the
    /// skewed filters whose best index depends on the value (<c>sources</c>, <c>frais</c>, <c>types</c>: one value
    /// may hold most rows), ranges (<c>updatedSince</c>, <c>scoreQualiteMinimum</c>), nationwide overlaps (a catégorie
    /// without a place), subqueries (réseaux porteurs, doublons), the public search's full text, OFFSET pages, and a
    /// région (a twentieth of the rows: a generic plan that guesses one match among them prefers a sequential scan).
    /// </summary>
    public static bool Fits(MartFilter filter, int offset)
    {
        var places = (filter.CodeCommune is null ? 0 : 1) + (filter.CodeDepartement is null ? 0 : 1) + (filter.CodeEpci is null ? 0 : 1);
        var onlyOverlaps = filter.Sources is not { Count: > 0 } && filter.Frais is not { Count: > 0 } && filter.Types is not { Count: > 0 }
            && filter.ReseauxPorteurs is not { Count: > 0 } && filter.UpdatedSince is null && filter.ScoreQualiteMinimum is null
            && !filter.ExclureDoublons && filter.RecherchePublic is null;
        var overlaps = filter.Thematiques is { Count: > 0 } || filter.Publics is { Count: > 0 } || filter.ModesAccueil is { Count: > 0 };
        return offset == 0 && onlyOverlaps && filter.CodeRegion is null && (places == 1 || (places == 0 && !overlaps));
    }
}
