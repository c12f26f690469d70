namespace DataInclusion.GraphQL.Language;

/// <summary>The directive location names (GraphQL spec §3.13 ExecutableDirectiveLocation, TypeSystemDirectiveLocation).</summary>
public static class DirectiveLocations
{
    public const string Query = "QUERY";
    public const string Mutation = "MUTATION";
    public const string Subscription = "SUBSCRIPTION";
    public const string Field = "FIELD";
    public const string FragmentDefinition = "FRAGMENT_DEFINITION";
    public const string FragmentSpread = "FRAGMENT_SPREAD";
    public const string InlineFragment = "INLINE_FRAGMENT";
    public const string VariableDefinition = "VARIABLE_DEFINITION";
    public const string Schema = "SCHEMA";
    public const string Scalar = "SCALAR";
#pragma warning disable CA1720 // The names mirror the spec's location names.
    public const string Object = "OBJECT";
#pragma warning restore CA1720
    public const string FieldDefinition = "FIELD_DEFINITION";
    public const string ArgumentDefinition = "ARGUMENT_DEFINITION";
    public const string Interface = "INTERFACE";
    public const string Union = "UNION";
    public const string Enum = "ENUM";
    public const string EnumValue = "ENUM_VALUE";
    public const string InputObject = "INPUT_OBJECT";
    public const string InputFieldDefinition = "INPUT_FIELD_DEFINITION";

    /// <summary>All locations, in the order of the spec (and of introspection's __DirectiveLocation).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Query, Mutation, Subscription, Field, FragmentDefinition, FragmentSpread, InlineFragment, VariableDefinition,
        Schema, Scalar, Object, FieldDefinition, ArgumentDefinition, Interface, Union, Enum, EnumValue, InputObject,
        InputFieldDefinition,
    ];

    public static bool IsValid(string name)
    {
        foreach (var location in All)
        {
            if (string.Equals(location, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
