using DataInclusion.Normalize;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// The SQL of a <see cref="MartFilter"/>: one predicate per filter set, each written so an index of migrations
/// 0030/0031/0120 can serve it (MartsQueryPlanTests). The one translation of the filters, shared by the lists,
/// <c>searchServices</c> and <c>search</c> (and the REST door to come), with the caller's <see cref="SourceVisibility"/>
/// always applied; columns are unqualified, so the statement's
/// FROM must be the table itself.
/// </summary>
internal static class MartPredicates
{
    private const string TousPublics = "tous-publics";

    /// <summary>The predicates of <paramref name="filter"/>, and first the caller's: the restricted sources it may not see.</summary>
    public static List<string> Where(string table, MartFilter filter, SourceVisibility visibility, NpgsqlCommand command)
    {
        var services = table == MartsReader.Services;
        var where = new List<string>();
        visibility.AddTo(where, command);
        if (filter.ExclureDoublons)
        {
            where.Add(services
                ? $"NOT EXISTS (SELECT FROM marts.structures d WHERE d.id = marts.services.structure_id AND NOT {BestOfCluster("d", visibility, command)})"
                : BestOfCluster(MartsReader.Structures, visibility, command));
        }

        AnyOf(where, command, "source", filter.Sources);
        if (filter.CodeCommune is not null)
        {
            where.Add($"code_insee = ${Add(command, filter.CodeCommune)}");
        }

        if (filter.CodeDepartement is not null)
        {
            // A département code is the start of its communes' INSEE codes (44 → 44109, 2A → 2A004, 971 → 97101):
            // marts.departement (migration 0031) and its (département, id) index serve the page in id order.
            where.Add($"marts.departement(code_insee) = ${Add(command, filter.CodeDepartement)}");
        }

        if (filter.CodeRegion is not null)
        {
            // code_region and code_epci come from the offline COG at normalisation (migration 0081); (column, id) indexes: 0123.
            where.Add($"code_region = ${Add(command, filter.CodeRegion)}");
        }

        if (filter.CodeEpci is not null)
        {
            where.Add($"code_epci = ${Add(command, filter.CodeEpci)}");
        }

        if (filter.ReseauxPorteurs is { Count: > 0 })
        {
            // A structure's field; a service matches through its structure (GIN on structures, then services by structure_id).
            var overlap = $"reseaux_porteurs && ${Add(command, filter.ReseauxPorteurs.Distinct().ToArray())}";
            where.Add(services ? $"structure_id IN (SELECT id FROM marts.structures WHERE {overlap})" : overlap);
        }

        if (filter.UpdatedSince is { } since)
        {
            where.Add($"updated_at >= ${Add(command, since.ToUniversalTime())}");
        }

        if (filter.ScoreQualiteMinimum is { } minimum)
        {
            // Compared as numeric, the column's type; clamped first, as a huge Float does not fit a decimal.
            where.Add($"score_qualite >= ${Add(command, (decimal)Math.Clamp(minimum, -1, 2))}");
        }

        if (services)
        {
            AddServiceFilters(where, filter, command);
        }

        return where;
    }

    /// <summary>
    /// Whether <paramref name="row"/> (a marts.structures row) stands for its cluster for this caller. A structure not
    /// clustered yet (published since the last clustering) counts as its own best record. When the clustering's best
    /// record is one the caller may not see (a restricted source), the best of the members it can see stands for the
    /// cluster instead — ranked as <see cref="DataInclusion.Normalize.Dedup.BestRecord"/> ranks (quality score, then
    /// date_maj, then id; the source order is left out) — so a place is never lost to a caller because a restricted
    /// record of it won.
    /// </summary>
    private static string BestOfCluster(string row, SourceVisibility visibility, NpgsqlCommand command)
    {
        if (visibility.Hidden.Count == 0)
        {
            return $"{row}.meilleur_du_cluster IS NOT FALSE";
        }

        var hidden = Add(command, visibility.Hidden.ToArray());
        string Score(string r) => $"coalesce({r}.score_qualite, -1)";
        return $"({row}.meilleur_du_cluster IS NOT FALSE OR NOT EXISTS (SELECT FROM marts.structures o WHERE o.cluster_id = {row}.cluster_id "
            + $"AND o.id <> {row}.id AND o.source <> ALL(${hidden}) AND (o.meilleur_du_cluster OR {Score("o")} > {Score(row)} "
            + $"OR ({Score("o")} = {Score(row)} AND (o.date_maj > {row}.date_maj OR (o.date_maj = {row}.date_maj AND o.id < {row}.id))))))";
    }

    public static string Clause(List<string> where) => where.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", where);

    public static int Add(NpgsqlCommand command, object value)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command.Parameters.Count;
    }

    private static void AddServiceFilters(List<string> where, MartFilter filter, NpgsqlCommand command)
    {
        if (filter.Thematiques is { Count: > 0 })
        {
            // A value without "--" is a catégorie: it stands for every thématique under it. Expanded here from the
            // référentiel (published services hold only référentiel values) so the overlap uses the GIN index.
            where.Add(Overlap(filter, "thematiques", Add(command, ExpandCategories(filter.Thematiques))));
        }

        if (filter.Publics is { Count: > 0 })
        {
            // A service for everyone is open to each public asked for: one overlap, served by the GIN index.
            where.Add(Overlap(filter, "publics", Add(command, filter.Publics.Append(TousPublics).Distinct().ToArray())));
        }

        if (filter.ModesAccueil is { Count: > 0 })
        {
            where.Add(Overlap(filter, "modes_accueil", Add(command, filter.ModesAccueil.Distinct().ToArray())));
        }

        AnyOf(where, command, "frais", filter.Frais);
        AnyOf(where, command, "type", filter.Types);
        if (filter.RecherchePublic is not null)
        {
            // data·inclusion's recherche_public: websearch syntax over the publics' labels and publics_precisions, in the
            // French unaccented config of the full-text search; search_publics is marts.publics_vector(publics,
            // publics_precisions) (migration 0135), stored by the publication and indexed by GIN (migration 0190).
            where.Add($"search_publics @@ websearch_to_tsquery('{TextSearch.Config}', ${Add(command, filter.RecherchePublic)})");
        }
    }

    // One value as an equality, so its page comes in id order from the (column, id) index; several as = ANY.
    private static void AnyOf(List<string> where, NpgsqlCommand command, string column, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            var distinct = values.Distinct().ToArray();
            where.Add(distinct.Length == 1 ? $"{column} = ${Add(command, distinct[0])}" : $"{column} = ANY(${Add(command, distinct)})");
        }
    }

    /// <summary>
    /// <c>column &amp;&amp; $p</c>, served by the column's GIN index; but with a place filter, whose btree index already narrows
    /// the rows to a commune's or a département's, the overlap is checked on those rows only (<c>IS TRUE</c> keeps the
    /// planner from also reading a GIN bitmap of every service of a catégorie or a public nationwide, which EXPLAIN
    /// ANALYZE on national data showed to be most of the statement's time).
    /// </summary>
    private static string Overlap(MartFilter filter, string column, int parameter) =>
        filter.HasPlace ? $"({column} && ${parameter}) IS TRUE" : $"{column} && ${parameter}";

    // A catégorie itself is never stored (published thématiques are "catégorie--thématique"), so it is replaced, not kept:
    // fewer array elements, closer row estimates.
    private static string[] ExpandCategories(IReadOnlyList<string> values) => values
        .SelectMany(value => value.Contains("--", StringComparison.Ordinal)
            ? [value]
            : Referentiels.Thematiques.Values.Select(t => t.Value).Where(t => t.StartsWith(value + "--", StringComparison.Ordinal)).DefaultIfEmpty(value))
        .Distinct()
        .ToArray();
}
