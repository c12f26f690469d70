namespace DataInclusion.GraphQL.Types;

/// <summary>§3.10 Input objects must not reference themselves through an unbroken chain of non-null singular fields.</summary>
internal static class InputObjectCycles
{
    public static void Validate(Schema schema, BuildContext context)
    {
        var visited = new HashSet<InputObjectType>();
        foreach (var type in schema.Types.Values)
        {
            if (type is InputObjectType input && input.Definition is not null && !Introspection.IntrospectionTypes.IsIntrospectionType(type))
            {
                var path = new List<InputValueDefinition>();
                var pathIndex = new Dictionary<InputObjectType, int>();
                Detect(context, input, visited, path, pathIndex);
            }
        }
    }

    private static void Detect(
        BuildContext context,
        InputObjectType type,
        HashSet<InputObjectType> visited,
        List<InputValueDefinition> path,
        Dictionary<InputObjectType, int> pathIndex)
    {
        if (!visited.Add(type))
        {
            return;
        }

        pathIndex[type] = path.Count;
        foreach (var field in type.Fields.Values)
        {
            if (field.Type is NonNullType { OfType: InputObjectType fieldType })
            {
                path.Add(field);
                if (pathIndex.TryGetValue(fieldType, out var cycleIndex))
                {
                    var cycle = path.Skip(cycleIndex).ToList();
                    var pathText = string.Join(", ", cycle.Select(f => f.Name));
                    context.Error(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathText}\".",
                        cycle.Select(f => f.Definition).ToArray());
                }
                else
                {
                    Detect(context, fieldType, visited, path, pathIndex);
                }

                path.RemoveAt(path.Count - 1);
            }
        }

        pathIndex.Remove(type);
    }
}
