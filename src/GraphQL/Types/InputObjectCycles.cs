namespace DataInclusion.GraphQL.Types;

/// <summary>
/// §3.10 Input objects must not reference themselves through an unbroken chain of non-null singular fields
/// (no finite value could be provided); worded as graphql-js 17.
/// </summary>
internal static class InputObjectCycles
{
    public static void Validate(Schema schema, BuildContext context)
    {
        var visited = new HashSet<InputObjectType>();
        foreach (var type in schema.Types.Values)
        {
            if (type is InputObjectType input && input.Definition is not null && !Introspection.IntrospectionTypes.IsIntrospectionType(type))
            {
                Detect(context, input, visited, [], []);
            }
        }
    }

    private static void Detect(
        BuildContext context,
        InputObjectType type,
        HashSet<InputObjectType> visited,
        List<(InputObjectType Owner, InputValueDefinition Field)> path,
        Dictionary<InputObjectType, int> pathIndex)
    {
        if (!visited.Add(type))
        {
            return;
        }

        pathIndex[type] = path.Count;
        foreach (var field in type.Fields.Values)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
            {
                continue;
            }

            path.Add((type, field));
            if (pathIndex.TryGetValue(fieldType, out var cycleIndex))
            {
                var cycle = path.GetRange(cycleIndex, path.Count - cycleIndex);
                var pathText = string.Join(", ", cycle.Select(p => p.Owner.Name + "." + p.Field.Name));
                context.Error(
                    $"Input Object {fieldType.Name} cannot be provided a finite value because it references itself through fields: {pathText}.",
                    cycle.Select(p => p.Field.Definition).ToArray());
            }
            else
            {
                Detect(context, fieldType, visited, path, pathIndex);
            }

            path.RemoveAt(path.Count - 1);
        }

        pathIndex.Remove(type);
    }
}
