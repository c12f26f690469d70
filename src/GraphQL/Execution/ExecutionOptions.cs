using DataInclusion.GraphQL.Validation;

namespace DataInclusion.GraphQL.Execution;

/// <summary>Limits and switches applied to one execution (parse guards, validation limits, timeout, introspection).</summary>
public sealed class ExecutionOptions
{
    internal static ExecutionOptions Default { get; } = new();

    /// <summary>Maximum number of tokens in the document; null for no limit.</summary>
    public int? MaxTokens { get; init; }

    /// <summary>Maximum selection depth of an operation (fragments expanded); null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Maximum number of fields (aliases and fragment fields counted) in an operation; null for no limit.</summary>
    public int? MaxFieldCount { get; init; }

    /// <summary>Maximum execution time; null for none. A timeout ends the request with an error.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The clock used for <see cref="Timeout"/> (tests inject a fake one).</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are refused (<c>__typename</c> stays available).</summary>
    public bool IntrospectionEnabled { get; init; } = true;

    /// <summary>
    /// Static cost analysis: when set, an operation costing more than <see cref="CostOptions.MaxCost"/> is refused
    /// before execution, and every response that got that far carries <c>extensions.cost</c>.
    /// </summary>
    public CostOptions? Cost { get; init; }

    /// <summary>Maximum number of validation errors reported (graphql-js default: 100).</summary>
    public int MaxValidationErrors { get; init; } = 100;

    internal ValidationOptions ToValidationOptions() => new()
    {
        MaxDepth = MaxDepth,
        MaxFieldCount = MaxFieldCount,
        IntrospectionEnabled = IntrospectionEnabled,
        MaxErrors = MaxValidationErrors,
    };
}
