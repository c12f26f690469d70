using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>The directives every schema has (GraphQL spec §3.13.1 – §3.13.5), in graphql-js order.</summary>
public static class BuiltInDirectives
{
    public static DirectiveDefinition Include { get; } = Create(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocations.Field, DirectiveLocations.FragmentSpread, DirectiveLocations.InlineFragment],
        Argument("if", new NonNullType(Scalars.Boolean), "Included when true."));

    public static DirectiveDefinition Skip { get; } = Create(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocations.Field, DirectiveLocations.FragmentSpread, DirectiveLocations.InlineFragment],
        Argument("if", new NonNullType(Scalars.Boolean), "Skipped when true."));

    public static DirectiveDefinition Deprecated { get; } = Create(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [
            DirectiveLocations.FieldDefinition, DirectiveLocations.ArgumentDefinition, DirectiveLocations.InputFieldDefinition,
            DirectiveLocations.EnumValue, DirectiveLocations.DirectiveDefinition,
        ],
        Argument(
            "reason",
            new NonNullType(Scalars.String),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValueNode { Value = DefaultDeprecationReason }));

    public static DirectiveDefinition SpecifiedBy { get; } = Create(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocations.Scalar],
        Argument("url", new NonNullType(Scalars.String), "The URL that specifies the behavior of this scalar."));

    public static DirectiveDefinition OneOf { get; } = Create(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocations.InputObject]);

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public const string DefaultDeprecationReason = "No longer supported";

    public static bool IsBuiltIn(DirectiveDefinition directive) => All.Contains(directive);

    private static DirectiveDefinition Create(string name, string description, IReadOnlyList<string> locations, params InputValueDefinition[] arguments) =>
        new(name, locations) { Description = description, Arguments = arguments };

    private static InputValueDefinition Argument(string name, GraphQLType type, string description, ValueNode? defaultValue = null) =>
        new(name, type) { Description = description, DefaultValue = defaultValue };
}
