using System.Text.Json;
using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>
/// A scalar type (GraphQL spec §3.5). Subclass it for custom scalars and register it with
/// <see cref="SchemaBuilder.AddScalar"/>; the base class passes values through unchanged.
/// Coercion failures throw <see cref="GraphQLException"/> (or any exception) with a message for the client.
/// </summary>
public class ScalarType(string name, string? description = null, string? specifiedByUrl = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (§3.5.5 @specifiedBy).</summary>
    public string? SpecifiedByUrl { get; internal set; } = specifiedByUrl;

    /// <summary>Result coercion (§3.5): turns a resolved value into a JSON-serialisable value.</summary>
    public virtual object? Serialize(object value) => value is JsonElement element ? JsonValues.ToClr(element) : value;

    /// <summary>Input coercion of a variable value (JSON-like: string, long, double, bool, list, dictionary).</summary>
    public virtual object? ParseValue(object value) => value;

    /// <summary>Input coercion of a literal; variables inside complex literals are looked up in <paramref name="variables"/>.</summary>
    public virtual object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
        LiteralValues.Untyped(value, variables);
}
