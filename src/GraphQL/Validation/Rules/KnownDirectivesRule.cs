using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations.</summary>
internal sealed class KnownDirectivesRule : ValidationRule
{
    private readonly List<AstNode> _owners = [];

    internal override void Reset() => _owners.Clear();

    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is DirectiveNode directive)
        {
            var definition = context.Schema.GetDirective(directive.Name.Value);
            IReadOnlyList<string>? locations = definition?.Locations;
            if (locations is null)
            {
                // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
                for (var candidateIndex = 0; candidateIndex < context.Document.Definitions.Count; candidateIndex++)
                {
                    var candidate = context.Document.Definitions[candidateIndex];
                    if (candidate is DirectiveDefinitionNode defined && defined.Name.Value == directive.Name.Value)
                    {
                        locations = defined.Locations.Select(l => l.Value).ToList();
                    }
                }
            }

            if (locations is null)
            {
                context.ReportError($"Unknown directive \"@{directive.Name.Value}\".", directive);
                return;
            }

            var location = CurrentLocation();
            if (location is not null && !locations.Contains(location))
            {
                context.ReportError($"Directive \"@{directive.Name.Value}\" may not be used on {location}.", directive);
            }

            return;
        }

        if (node is not (ValueNode or TypeNode or ArgumentNode or SelectionSetNode or DocumentNode or ObjectFieldNode))
        {
            _owners.Add(node);
        }
    }

    public override void Leave(AstNode node, ValidationContext context)
    {
        if (_owners.Count > 0 && ReferenceEquals(_owners[^1], node))
        {
            _owners.RemoveAt(_owners.Count - 1);
        }
    }

    private string? CurrentLocation()
    {
        if (_owners.Count == 0)
        {
            return null;
        }

        return _owners[^1] switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Mutation => DirectiveLocations.Mutation,
                OperationType.Subscription => DirectiveLocations.Subscription,
                _ => DirectiveLocations.Query,
            },
            FieldNode => DirectiveLocations.Field,
            FragmentSpreadNode => DirectiveLocations.FragmentSpread,
            InlineFragmentNode => DirectiveLocations.InlineFragment,
            FragmentDefinitionNode => DirectiveLocations.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocations.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocations.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocations.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocations.Object,
            FieldDefinitionNode => DirectiveLocations.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocations.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocations.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocations.Enum,
            EnumValueDefinitionNode => DirectiveLocations.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocations.InputObject,
            InputValueDefinitionNode => _owners.Count > 1 && _owners[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? DirectiveLocations.InputFieldDefinition
                : DirectiveLocations.ArgumentDefinition,
            DirectiveDefinitionNode => DirectiveLocations.DirectiveDefinition,
            _ => null,
        };
    }
}
