namespace DataInclusion.GraphQL.Language.Ast;

/// <summary>Base of every immutable syntax tree node; <see cref="Location"/> is where the node starts.</summary>
public abstract class AstNode
{
    public abstract NodeKind Kind { get; }

    public SourceLocation? Location { get; init; }

    /// <summary>Prints the node back to GraphQL source, as graphql-js <c>print</c> does.</summary>
    public override string ToString() => Printer.Print(this);
}
