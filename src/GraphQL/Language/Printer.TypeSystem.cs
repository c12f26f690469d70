using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Language;

/// <summary>Printing of type system definitions and extensions.</summary>
public static partial class Printer
{
    private static string PrintTypeSystem(AstNode node) => node switch
    {
        SchemaDefinitionNode n => Desc(n.Description) + Join(["schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode n => OperationName(n.Operation) + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Desc(n.Description) + Join(["scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeDefinitionNode n => Desc(n.Description) + Join(
            ["type", n.Name.Value, Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        FieldDefinitionNode n => Desc(n.Description) + n.Name.Value + Args(n.Arguments) + ": " + Print(n.Type) + Wrap(" ", Directives(n.Directives)),
        InputValueDefinitionNode n => Desc(n.Description) + Join(
            [n.Name.Value + ": " + Print(n.Type), Wrap("= ", Opt(n.DefaultValue)), Directives(n.Directives)], " "),
        InterfaceTypeDefinitionNode n => Desc(n.Description) + Join(
            ["interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        UnionTypeDefinitionNode n => Desc(n.Description) + Join(
            ["union", n.Name.Value, Directives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " "),
        EnumTypeDefinitionNode n => Desc(n.Description) + Join(["enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        EnumValueDefinitionNode n => Desc(n.Description) + Join([n.Name.Value, Directives(n.Directives)], " "),
        InputObjectTypeDefinitionNode n => Desc(n.Description) + Join(["input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        DirectiveDefinitionNode n => Desc(n.Description) + "directive @" + n.Name.Value + Args(n.Arguments) + Wrap(" ", Directives(n.Directives))
            + (n.Repeatable ? " repeatable" : string.Empty)
            + " on " + Join(n.Locations.Select(Print), " | "),
        SchemaExtensionNode n => Join(["extend schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeExtensionNode n => Join(
            ["extend type", n.Name.Value, Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        InterfaceTypeExtensionNode n => Join(
            ["extend interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        UnionTypeExtensionNode n => Join(["extend union", n.Name.Value, Directives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | "))], " "),
        EnumTypeExtensionNode n => Join(["extend enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode n => Join(["extend input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        _ => throw new ArgumentException("Unknown node kind " + node.Kind, nameof(node)),
    };

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string Desc(StringValueNode? description) => description is null ? string.Empty : Print(description) + "\n";

    private static string Args(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Exists(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
