using System.Globalization;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Internal;

/// <summary>Converts literals without a type (graphql-js valueFromASTUntyped): for custom scalars.</summary>
internal static class LiteralValues
{
    public static object? Untyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => Untyped(f.Value, variables), StringComparer.Ordinal),
        VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => null,
    };
}
