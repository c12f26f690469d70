using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// One entry of a grouped field set (GraphQL spec §6.3.2 CollectFields) for a given object type, with its field
/// definition; cached per execution, so its coerced arguments (fixed once variables are) are cached here too.
/// </summary>
internal sealed class CollectedField(ObjectType parentType, string responseKey, List<FieldNode> nodes, FieldDefinition definition)
{
    public ObjectType ParentType { get; } = parentType;

    public string ResponseKey { get; } = responseKey;

    public List<FieldNode> Nodes { get; } = nodes;

    public FieldDefinition Definition { get; } = definition;

    public IReadOnlyDictionary<string, object?>? Arguments { get; set; }

    /// <summary>The field coordinate for error messages, e.g. <c>Dog.name</c>.</summary>
    public string Coordinate => ParentType.Name + "." + Definition.Name;
}
