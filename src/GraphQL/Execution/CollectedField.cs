using System.Text.Json;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Execution;

/// <summary>
/// One entry of a grouped field set (GraphQL spec §6.3.2 CollectFields) for a given object type, with its field
/// definition; cached per execution, so its coerced arguments (fixed once variables are) are cached here too.
/// </summary>
internal sealed partial class CollectedField(ObjectType parentType, string responseKey, FieldNode[] nodes, FieldDefinition definition)
{
    private EncodedKey? _encodedKey;

    public ObjectType ParentType { get; } = parentType;

    public string ResponseKey { get; } = responseKey;

    /// <summary>The response key pre-encoded for the JSON writer, looked up once per plan when a response is written.</summary>
    public JsonEncodedText EncodedKey => (_encodedKey ??= EncodedKeys.Get(ResponseKey)).Text;

    /// <summary>The field's nodes with this response key, in document order (an exact-size array: most keys have one).</summary>
    public FieldNode[] Nodes { get; } = nodes;

    public FieldDefinition Definition { get; } = definition;

    public IReadOnlyDictionary<string, object?>? Arguments { get; set; }

    /// <summary>Monomorphic inline cache of the default resolver: the CLR type last seen and its property getter.</summary>
    public PropertyReader? Reader { get; set; }

    /// <summary>The field coordinate for error messages, e.g. <c>Dog.name</c>.</summary>
    public string Coordinate => ParentType.Name + "." + Definition.Name;
}
