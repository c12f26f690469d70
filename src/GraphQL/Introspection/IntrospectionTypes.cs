using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Introspection;

/// <summary>
/// The introspection types and meta-fields (GraphQL spec §4), shared by every schema. Most fields use the default
/// resolver over the engine's own type objects; the rest are bound below.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly OrderedDictionary<string, NamedType> s_types = SchemaBuilder.BuildTypes(IntrospectionSdl.Text);

    static IntrospectionTypes()
    {
        Bind("__Schema", "types", c => ((GraphQL.Types.Schema)c.Source!).Types.Values.ToList());
        Bind("__Schema", "directives", c => ((GraphQL.Types.Schema)c.Source!).Directives.Where(d => IncludeDeprecated(c) || !d.IsDeprecated).ToList());
        Bind("__Type", "fields", c => c.Source is ComplexType t ? t.Fields.Values.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList() : null);
        Bind("__Type", "interfaces", c => c.Source is ComplexType t ? t.Interfaces : null);
        Bind("__Type", "possibleTypes", c => c.Source is NamedType { IsAbstract: true } t ? c.Schema.GetPossibleTypes(t) : null);
        Bind("__Type", "enumValues", c => c.Source is EnumType t ? t.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList() : null);
        Bind("__Type", "inputFields", c => c.Source is InputObjectType t ? t.Fields.Values.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList() : null);
        Bind("__Type", "isOneOf", c => c.Source is InputObjectType t ? t.IsOneOf : null);
        Bind("__Field", "args", c => ((FieldDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
        Bind("__InputValue", "defaultValue", c => ((InputValueDefinition)c.Source!).DefaultValue is { } value ? Printer.Print(value) : null);
        Bind("__Directive", "args", c => ((DirectiveDefinition)c.Source!).Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());

        TypeNameField = new FieldDefinition("__typename", new NonNullType(Scalars.String))
        {
            Description = "The name of the current Object type at runtime.",
        };
        SchemaField = new FieldDefinition("__schema", new NonNullType(Schema))
        {
            Description = "Access the current type schema of this server.",
            Resolver = c => new ValueTask<object?>(c.Schema),
        };
        TypeField = new FieldDefinition("__type", Type)
        {
            Description = "Request the type information of a single type.",
            Arguments = [new InputValueDefinition("name", new NonNullType(Scalars.String))],
            Resolver = c => new ValueTask<object?>(c.Schema.GetType(c.GetArgument<string>("name")!)),
        };
    }

    public static ObjectType Schema => (ObjectType)s_types["__Schema"];

    public static ObjectType Type => (ObjectType)s_types["__Type"];

    /// <summary>The <c>__typename</c> meta-field, available on every composite type (§4.4).</summary>
    public static FieldDefinition TypeNameField { get; }

    /// <summary>The <c>__schema</c> meta-field of the query root (§4.1).</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary>The <c>__type(name:)</c> meta-field of the query root (§4.1).</summary>
    public static FieldDefinition TypeField { get; }

    public static bool IsIntrospectionType(NamedType type) => s_types.TryGetValue(type.Name, out var own) && ReferenceEquals(own, type);

    private static bool IncludeDeprecated(ResolveContext context) => context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static void Bind(string typeName, string fieldName, Func<ResolveContext, object?> resolve)
    {
        var field = ((ComplexType)s_types[typeName]).GetField(fieldName)!;
        field.Resolver = context => new ValueTask<object?>(resolve(context));
    }
}
