namespace DataInclusion.GraphQL.Language;

/// <summary>Guards applied while parsing untrusted documents.</summary>
public sealed class ParserOptions
{
    /// <summary>Maximum number of tokens (graphql-js <c>maxTokens</c>); null for no limit.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Maximum nesting of selection sets, list/object values and list types; protects the stack.</summary>
    public int MaxDepth { get; init; } = 1000;
}
