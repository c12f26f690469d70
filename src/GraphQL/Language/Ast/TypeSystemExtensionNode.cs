namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>A type system extension (spec §3.1).</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
}
