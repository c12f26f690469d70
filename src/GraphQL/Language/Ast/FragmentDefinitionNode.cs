namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A named fragment (spec §2.8).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>Description of an executable definition (GraphQL spec, September 2025 edition; graphql-js 17).</summary>
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}
