namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>An operation or fragment definition (spec §2.2).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    public required SelectionSetNode SelectionSet { get; init; }
}
