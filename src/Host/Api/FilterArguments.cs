using DataInclusion.GraphQL;
using DataInclusion.GraphQL.Execution;

namespace DataInclusion.Host.Api;

/// <summary>The GraphQL door of the query layer: a field's filter arguments as a checked <see cref="MartFilter"/>.</summary>
internal static class FilterArguments
{
    /// <summary>
    /// The filter the arguments describe; a refused value is a GraphQL error naming the argument and the fix. In the
    /// searches, <c>codeCommune</c> is where the person is (<see cref="Area"/>), not a filter on the rows' commune.
    /// </summary>
    public static MartFilter Read(ResolveContext context, bool codeCommuneIsOrigin = false)
    {
        var filter = new MartFilter(
            Sources: Union(Strings(context, "sources"), Strings(context, "source")),
            CodeCommune: codeCommuneIsOrigin ? null : context.GetArgument<string>("codeCommune"),
            CodeDepartement: context.GetArgument<string>("codeDepartement"),
            Thematiques: Strings(context, "thematiques"),
            Publics: Strings(context, "publics"),
            ExclureDoublons: context.GetArgument<bool?>("exclureDoublons") ?? false,
            ScoreQualiteMinimum: context.GetArgument<double?>("scoreQualiteMinimum"),
            ReseauxPorteurs: Strings(context, "reseauxPorteurs"),
            Frais: Strings(context, "frais"),
            ModesAccueil: Strings(context, "modesAccueil"),
            Types: Strings(context, "types"),
            UpdatedSince: context.Arguments.GetValueOrDefault("updatedSince") as DateTimeOffset?,
            CodeRegion: context.GetArgument<string>("codeRegion"),
            CodeEpci: context.GetArgument<string>("codeEpci"),
            SlugDepartement: context.GetArgument<string>("slugDepartement"),
            SlugRegion: context.GetArgument<string>("slugRegion"),
            RecherchePublic: context.GetArgument<string>("recherchePublic"));
        var (resolved, errors) = MartFilterValidation.Resolve(filter);
        ThrowIfAny(errors);
        return resolved;
    }

    /// <summary>The place a search is centred on, as given (resolved by <see cref="GeoSearch"/>).</summary>
    public static SearchArea Area(ResolveContext context) => new(
        context.GetArgument<string>("codeCommune"), context.GetArgument<double?>("latitude"), context.GetArgument<double?>("longitude"),
        context.GetArgument<double?>("distanceKm") ?? SearchArea.DefaultDistanceKm);

    /// <summary>One GraphQL error carrying every refused value, each line prefixed with its argument.</summary>
    public static void ThrowIfAny(IReadOnlyList<FilterError> errors)
    {
        if (errors.Count > 0)
        {
            throw new GraphQLException(string.Join("\n", errors.Select(e => char.ToLowerInvariant(e.Filter[0]) + e.Filter[1..] + " : " + e.Message)));
        }
    }

    public static List<string>? Strings(ResolveContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is IEnumerable<object?> items
            ? items.OfType<string>().ToList()
            : null;

    // `source` is the former name of `sources`, kept so existing portals go on working.
    private static List<string>? Union(List<string>? a, List<string>? b) => a is null ? b : b is null ? a : [.. a, .. b];
}
