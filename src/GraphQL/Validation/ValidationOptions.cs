namespace DataInclusion.GraphQL.Validation;

/// <summary>Options of <see cref="DocumentValidator"/>: the §5 rules always run; these add limits.</summary>
public sealed class ValidationOptions
{
    /// <summary>Maximum depth of field nesting in an operation (fragments expanded); null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Maximum number of fields selected by an operation (fragments expanded, aliases counted); null for no limit.</summary>
    public int? MaxFieldCount { get; init; }

    /// <summary>When false, selecting <c>__schema</c> or <c>__type</c> is an error.</summary>
    public bool IntrospectionEnabled { get; init; } = true;

    /// <summary>Stop after this many errors (graphql-js maxErrors, default 100).</summary>
    public int MaxErrors { get; init; } = 100;
}
