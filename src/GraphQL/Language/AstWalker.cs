using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Language;

/// <summary>
/// Depth-first traversal in graphql-js key order. Name nodes are not visited on their own (no rule needs them):
/// a node's name is read from the node.
/// </summary>
public static class AstWalker
{
    public static void Walk(AstNode node, AstVisitor visitor)
    {
        if (visitor.Enter(node))
        {
            WalkChildren(node, visitor);
        }

        visitor.Leave(node);
    }

    private static void WalkAll<T>(IReadOnlyList<T> nodes, AstVisitor visitor)
        where T : AstNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i], visitor);
        }
    }

    private static void WalkOptional(AstNode? node, AstVisitor visitor)
    {
        if (node is not null)
        {
            Walk(node, visitor);
        }
    }

    private static void WalkChildren(AstNode node, AstVisitor visitor)
    {
        switch (node)
        {
            case DocumentNode n:
                WalkAll(n.Definitions, visitor);
                break;
            case OperationDefinitionNode n:
                WalkAll(n.VariableDefinitions, visitor);
                WalkAll(n.Directives, visitor);
                Walk(n.SelectionSet, visitor);
                break;
            case VariableDefinitionNode n:
                Walk(n.Variable, visitor);
                Walk(n.Type, visitor);
                WalkOptional(n.DefaultValue, visitor);
                WalkAll(n.Directives, visitor);
                break;
            case SelectionSetNode n:
                WalkAll(n.Selections, visitor);
                break;
            case FieldNode n:
                WalkAll(n.Arguments, visitor);
                WalkAll(n.Directives, visitor);
                WalkOptional(n.SelectionSet, visitor);
                break;
            case ArgumentNode n:
                Walk(n.Value, visitor);
                break;
            case FragmentSpreadNode n:
                WalkAll(n.Directives, visitor);
                break;
            case InlineFragmentNode n:
                WalkOptional(n.TypeCondition, visitor);
                WalkAll(n.Directives, visitor);
                Walk(n.SelectionSet, visitor);
                break;
            case FragmentDefinitionNode n:
                Walk(n.TypeCondition, visitor);
                WalkAll(n.Directives, visitor);
                Walk(n.SelectionSet, visitor);
                break;
            case ListValueNode n:
                WalkAll(n.Values, visitor);
                break;
            case ObjectValueNode n:
                WalkAll(n.Fields, visitor);
                break;
            case ObjectFieldNode n:
                Walk(n.Value, visitor);
                break;
            case DirectiveNode n:
                WalkAll(n.Arguments, visitor);
                break;
            case ListTypeNode n:
                Walk(n.Type, visitor);
                break;
            case NonNullTypeNode n:
                Walk(n.Type, visitor);
                break;
            default:
                WalkTypeSystem(node, visitor);
                break;
        }
    }

    private static void WalkTypeSystem(AstNode node, AstVisitor visitor)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                WalkAll(n.Directives, visitor);
                WalkAll(n.OperationTypes, visitor);
                break;
            case SchemaExtensionNode n:
                WalkAll(n.Directives, visitor);
                WalkAll(n.OperationTypes, visitor);
                break;
            case OperationTypeDefinitionNode n:
                Walk(n.Type, visitor);
                break;
            case ObjectTypeDefinitionNode n:
                WalkAll(n.Interfaces, visitor);
                WalkAll(n.Directives, visitor);
                WalkAll(n.Fields, visitor);
                break;
            case InterfaceTypeDefinitionNode n:
                WalkAll(n.Interfaces, visitor);
                WalkAll(n.Directives, visitor);
                WalkAll(n.Fields, visitor);
                break;
            case ObjectTypeExtensionNode n:
                WalkAll(n.Interfaces, visitor);
                WalkAll(n.Directives, visitor);
                WalkAll(n.Fields, visitor);
                break;
            case InterfaceTypeExtensionNode n:
                WalkAll(n.Interfaces, visitor);
                WalkAll(n.Directives, visitor);
                WalkAll(n.Fields, visitor);
                break;
            case FieldDefinitionNode n:
                WalkAll(n.Arguments, visitor);
                Walk(n.Type, visitor);
                WalkAll(n.Directives, visitor);
                break;
            case InputValueDefinitionNode n:
                Walk(n.Type, visitor);
                WalkOptional(n.DefaultValue, visitor);
                WalkAll(n.Directives, visitor);
                break;
            case UnionTypeDefinitionNode n:
                WalkAll(n.Directives, visitor);
                WalkAll(n.Types, visitor);
                break;
            case UnionTypeExtensionNode n:
                WalkAll(n.Directives, visitor);
                WalkAll(n.Types, visitor);
                break;
            case EnumTypeDefinitionNode n:
                WalkAll(n.Directives, visitor);
                WalkAll(n.Values, visitor);
                break;
            case EnumTypeExtensionNode n:
                WalkAll(n.Directives, visitor);
                WalkAll(n.Values, visitor);
                break;
            case InputObjectTypeDefinitionNode n:
                WalkAll(n.Directives, visitor);
                WalkAll(n.Fields, visitor);
                break;
            case InputObjectTypeExtensionNode n:
                WalkAll(n.Directives, visitor);
                WalkAll(n.Fields, visitor);
                break;
            case TypeDefinitionNode n:
                WalkAll(n.Directives, visitor);
                break;
            case TypeExtensionNode n:
                WalkAll(n.Directives, visitor);
                break;
            case EnumValueDefinitionNode n:
                WalkAll(n.Directives, visitor);
                break;
            case DirectiveDefinitionNode n:
                WalkAll(n.Arguments, visitor);
                WalkAll(n.Directives, visitor);
                break;
        }
    }
}
