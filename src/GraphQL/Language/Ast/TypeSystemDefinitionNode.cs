namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A type system definition (spec §3).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}
