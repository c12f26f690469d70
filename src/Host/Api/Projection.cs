using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.Host.Api;

/// <summary>
/// The mart columns a GraphQL selection needs, so that a page or a batch reads only those: on national data, reading
/// every column of wide rows (descriptions, a dozen lists) was most of a request's cost in PostgreSQL and in the API.
/// </summary>
internal static class Projection
{
    /// <summary>
    /// Columns for the fields selected under <paramref name="path"/> (e.g. edges → node) of <paramref name="fieldNodes"/>,
    /// plus <paramref name="always"/>; null (every column) when a fragment is involved, whose fields are not looked at here.
    /// </summary>
    public static IReadOnlyList<string>? Columns(IReadOnlyList<FieldNode> fieldNodes, string[] path, params string[] always)
    {
        var columns = new SortedSet<string>(always, StringComparer.Ordinal);
        foreach (var field in fieldNodes)
        {
            if (!Collect(field.SelectionSet, path, 0, columns))
            {
                return null;
            }
        }

        return columns.ToArray();
    }

    private static bool Collect(SelectionSetNode? selectionSet, string[] path, int depth, SortedSet<string> columns)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            if (selection is not FieldNode field)
            {
                return false;
            }

            var name = field.Name.Value;
            if (depth < path.Length)
            {
                if (name == path[depth] && !Collect(field.SelectionSet, path, depth + 1, columns))
                {
                    return false;
                }

                continue;
            }

            // The schema's scalar fields are the camelCase of their columns (MartRows); the two object fields are read
            // through a key; __typename needs nothing. Anything else would not pass validation.
            var column = name switch
            {
                "services" => "id",
                "structure" => "structure_id",
                "doublons" => "cluster_id",
                _ when name.StartsWith("__", StringComparison.Ordinal) => null,
                _ => SnakeCase(name),
            };
            if (column is not null)
            {
                columns.Add(column);
            }
        }

        return true;
    }

    private static string SnakeCase(string camel) =>
        string.Concat(camel.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
