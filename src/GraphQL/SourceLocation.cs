namespace DataInclusion.GraphQL;

/// <summary>A 1-based line and column in a GraphQL source text (GraphQL spec §7.1.2 "locations").</summary>
public readonly record struct SourceLocation(int Line, int Column);
