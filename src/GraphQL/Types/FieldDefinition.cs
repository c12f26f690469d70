using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>A field of an object or interface type (GraphQL spec §3.6).</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public GraphQLType Type { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The bound resolver; null means the default resolver (reads the parent value).</summary>
    public FieldResolver? Resolver { get; internal set; }

    public FieldDefinitionNode? Definition { get; internal set; }

    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return argument;
            }
        }

        return null;
    }
}
