using System.Text;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Language;

/// <summary>Prints a syntax tree back to GraphQL source in the layout of graphql-js <c>print</c>.</summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(AstNode node) => node switch
    {
        DocumentNode n => Join(n.Definitions.Select(Print), "\n\n"),
        NameNode n => n.Value,
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Wrap(string.Empty, Opt(n.Description), "\n") + Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", Opt(n.DefaultValue))
            + Wrap(" ", Directives(n.Directives)),
        SelectionSetNode n => Block(n.Selections.Select(Print)),
        FieldNode n => PrintField(n),
        ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Directives(n.Directives)),
        InlineFragmentNode n => Join(["...", Wrap("on ", Opt(n.TypeCondition)), Directives(n.Directives), Print(n.SelectionSet)], " "),
        FragmentDefinitionNode n => Wrap(string.Empty, Opt(n.Description), "\n") +
            "fragment " + n.Name.Value + " on " + Print(n.TypeCondition) + " " + Wrap(string.Empty, Directives(n.Directives), " ") + Print(n.SelectionSet),
        VariableNode n => "$" + n.Name.Value,
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockStrings.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values.Select(Print), ", ") + "]",
        // graphql-js 17 pads object literals: "{ a: 1 }", and "{  }" when empty.
        ObjectValueNode n => "{ " + Join(n.Fields.Select(Print), ", ") + " }",
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")"),
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + Print(n.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        _ => PrintTypeSystem(node),
    };

    /// <summary>A JSON-like quoted string, escaping as graphql-js <c>printString</c> does.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var printed = n.VariableDefinitions.Select(Print).ToList();
        var varDefs = printed.Exists(v => v.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Join(printed, "\n"), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
        var operation = n.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var prefix = Wrap(string.Empty, Opt(n.Description), "\n")
            + Join([operation, Join([Opt(n.Name), varDefs], string.Empty), Directives(n.Directives)], " ");
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(n.SelectionSet);
    }

    private static string PrintField(FieldNode n)
    {
        var prefix = Wrap(string.Empty, Opt(n.Alias), ": ") + n.Name.Value;
        var argsLine = prefix + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")");
        if (argsLine.Length > MaxLineLength)
        {
            argsLine = prefix + Wrap("(\n", Indent(Join(n.Arguments.Select(Print), "\n")), "\n)");
        }

        return Join([argsLine, Directives(n.Directives), Opt(n.SelectionSet)], " ");
    }

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(directives.Select(Print), " ");

    private static string Opt(AstNode? node) => node is null ? string.Empty : Print(node);

    internal static string Join(IEnumerable<string> parts, string separator)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    internal static string Wrap(string start, string value, string end = "") => value.Length == 0 ? string.Empty : start + value + end;

    internal static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));

    internal static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");
}
