using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.Host.Api;

/// <summary>
/// A nested object a selection asks for under each row of a page or a lookup (a service's <c>structure</c>, a
/// structure's <c>services</c>), read in the parent's statement (a LATERAL join) instead of a loader's second round
/// trip: on 2 cores under 100 clients, each round trip was a send, a wake-up and a receive on both sides.
/// </summary>
internal sealed record NestedRead(string Field, string Table, string Join, bool Many, IReadOnlyList<string> Columns)
{
    /// <summary>The key of the prefetched value in a parent row (not a schema field: the resolvers look for it).</summary>
    public string RowKey => "@" + Field;

    /// <summary>
    /// The nested read of the <paramref name="parentTable"/> rows selected under <paramref name="path"/>, or null when
    /// the selection does not ask for one or cannot be read statically (a fragment: the loaders answer then).
    /// </summary>
    public static NestedRead? Of(IReadOnlyList<FieldNode> fieldNodes, string[] path, string parentTable)
    {
        var (field, table, join, many, always) = parentTable == MartsReader.Services
            ? ("structure", MartsReader.Structures, "id = p.structure_id", false, new[] { "id" })
            : ("services", MartsReader.Services, "structure_id = p.id", true, new[] { "id", "structure_id" });
        var nested = new List<FieldNode>();
        foreach (var node in fieldNodes)
        {
            if (!Collect(node.SelectionSet, path, 0, field, nested))
            {
                return null;
            }
        }

        if (nested.Count == 0 || Projection.Columns(nested, [], always) is not { } columns)
        {
            return null;
        }

        return new NestedRead(field, table, join, many, columns);
    }

    /// <summary>A stable name for a loader or a cache whose statement includes this read.</summary>
    public override string ToString() => Field + "(" + string.Join(',', Columns) + ")";

    private static bool Collect(SelectionSetNode? selectionSet, string[] path, int depth, string field, List<FieldNode> nested)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            if (selection is not FieldNode node)
            {
                return false;
            }

            if (depth < path.Length)
            {
                if (node.Name.Value == path[depth] && !Collect(node.SelectionSet, path, depth + 1, field, nested))
                {
                    return false;
                }
            }
            else if (node.Name.Value == field)
            {
                nested.Add(node);
            }
        }

        return true;
    }
}
