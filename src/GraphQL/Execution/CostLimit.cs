using System.Globalization;

namespace DataInclusion.GraphQL.Execution;

/// <summary>The response parts of the cost limit: <c>extensions.cost</c> and the refusal error.</summary>
internal static class CostLimit
{
    public const string ErrorCode = "COST_LIMIT_EXCEEDED";

    public static Dictionary<string, object?> Extensions(long cost, long maximum) => new(1, StringComparer.Ordinal)
    {
        ["cost"] = new Dictionary<string, object?>(2, StringComparer.Ordinal)
        {
            ["requestedQueryCost"] = cost,
            ["maximumAvailable"] = maximum,
        },
    };

    public static GraphQLError Error(long cost, CostOptions options)
    {
        var message = cost == long.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"The query is too complex to cost: it expands to more than {options.MaxVisitedSelections} selections once its fragments are spread.")
            : string.Create(CultureInfo.InvariantCulture, $"The query costs {cost}, more than the {options.MaxCost} allowed per request: ask for fewer items (first), or nest fewer lists. Each object counts 1, a list multiplies what it holds by its first argument (default size {options.DefaultListSize}).");
        return new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = ErrorCode });
    }
}
