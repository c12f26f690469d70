using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Language;

/// <summary>Parses GraphQL source text (executable and type system documents) into an immutable syntax tree.</summary>
public static class Parser
{
    /// <summary>Parses a document (GraphQL spec §2.2 Document).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a valid document, or exceeds a guard.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = new DocumentParser(source, options ?? s_defaults);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal, such as <c>[1, {a: "b"}]</c> (spec §2.9).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new DocumentParser(source, options ?? s_defaults);
        return parser.ParseStandaloneValue();
    }

    /// <summary>Parses a type reference, such as <c>[String!]!</c> (spec §2.11).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new DocumentParser(source, options ?? s_defaults);
        return parser.ParseStandaloneType();
    }

    private static readonly ParserOptions s_defaults = new();
}
