using System.Text;
using DataInclusion.GraphQL.Introspection;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>Prints a schema as SDL in the layout of graphql-js <c>printSchema</c> (built-in scalars, directives and introspection types omitted).</summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!BuiltInDirectives.IsBuiltIn(directive))
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.Types.Values)
        {
            if (!Scalars.IsBuiltIn(type) && !IntrospectionTypes.IsIntrospectionType(type))
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = schema.QueryType.Name == "Query"
            && schema.MutationType is null or { Name: "Mutation" }
            && schema.SubscriptionType is null or { Name: "Subscription" };
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is { } mutation)
        {
            builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (schema.SubscriptionType is { } subscription)
        {
            builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name
            + (scalar.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {Printer.PrintString(url)})" : string.Empty),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select((v, i) =>
            Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Values.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException("Unknown type " + type.Name, nameof(type)),
    };

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments) + Deprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", directive.Locations);

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(ComplexType type) => Block(type.Fields.Values.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value) =>
        value.Name + ": " + value.Type + (value.DefaultValue is { } defaultValue ? " = " + Printer.Print(defaultValue) : string.Empty)
        + Deprecated(value.DeprecationReason);

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = Printer.Print(new StringValueNode { Value = description, Block = IsPrintableAsBlockString(description) });
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    // graphql-js isPrintableAsBlockString: block strings cannot carry some values unchanged.
    private static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\r':
                case < '\t':
                case '\v' or '\f':
                case > '\r' and < ' ':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}
