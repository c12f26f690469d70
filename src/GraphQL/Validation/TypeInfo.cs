using DataInclusion.GraphQL.Execution;
using DataInclusion.GraphQL.Introspection;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk, the schema types at the current position: parent composite type, field definition,
/// expected output and input types, current directive and argument (graphql-js TypeInfo).
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _types = [];
    private readonly List<NamedType?> _parentTypes = [];
    private readonly List<GraphQLType?> _inputTypes = [];
    private readonly List<FieldDefinition?> _fieldDefinitions = [];
    private readonly List<ValueNode?> _defaultValues = [];

    public Schema Schema { get; private set; } = schema;

    public GraphQLType? Type => _types.Count > 0 ? _types[^1] : null;

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => _parentTypes.Count > 0 ? _parentTypes[^1] : null;

    public GraphQLType? InputType => _inputTypes.Count > 0 ? _inputTypes[^1] : null;

    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[^2] : null;

    public FieldDefinition? FieldDefinition => _fieldDefinitions.Count > 0 ? _fieldDefinitions[^1] : null;

    /// <summary>The default value of the argument or input field being walked (for variable usages).</summary>
    public ValueNode? DefaultValue => _defaultValues.Count > 0 ? _defaultValues[^1] : null;

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    /// <summary>Ready for another walk (a walk cut short by too many errors leaves its stacks unbalanced).</summary>
    internal void Reset(Schema schema)
    {
        Schema = schema;
        _types.Clear();
        _parentTypes.Clear();
        _inputTypes.Clear();
        _fieldDefinitions.Clear();
        _defaultValues.Clear();
        Directive = null;
        Argument = null;
    }

    public void Enter(AstNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.GetNamedType();
                _parentTypes.Add(named is { IsComposite: true } ? named : null);
                break;
            case FieldNode field:
                var parent = ParentType;
                var definition = parent is null ? null : GetFieldDefinition(Schema, parent, field.Name.Value);
                _fieldDefinitions.Add(definition);
                _types.Add(definition?.Type is { IsOutputType: true } output ? output : null);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _types.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition is null ? Type?.GetNamedType() : Values.TypeFromAst(Schema, inline.TypeCondition);
                _types.Add(inlineType is { IsOutputType: true } ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = Values.TypeFromAst(Schema, fragment.TypeCondition);
                _types.Add(fragmentType is { IsOutputType: true } ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = Values.TypeFromAst(Schema, variable.Type);
                _inputTypes.Add(variableType is { IsInputType: true } ? variableType : null);
                break;
            case ArgumentNode argument:
                var argumentDefinition = Directive is not null
                    ? Directive.GetArgument(argument.Name.Value)
                    : FieldDefinition?.GetArgument(argument.Name.Value);
                Argument = argumentDefinition;
                _defaultValues.Add(argumentDefinition?.DefaultValue);
                _inputTypes.Add(argumentDefinition?.Type is { IsInputType: true } argumentType ? argumentType : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValues.Add(null);
                _inputTypes.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.GetNamedType() as InputObjectType)?.GetField(objectField.Name.Value);
                _defaultValues.Add(inputField?.DefaultValue);
                _inputTypes.Add(inputField?.Type is { IsInputType: true } fieldType ? fieldType : null);
                break;
        }
    }

    public void Leave(AstNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypes.RemoveAt(_parentTypes.Count - 1);
                break;
            case FieldNode:
                _fieldDefinitions.RemoveAt(_fieldDefinitions.Count - 1);
                _types.RemoveAt(_types.Count - 1);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                _types.RemoveAt(_types.Count - 1);
                break;
            case VariableDefinitionNode:
                _inputTypes.RemoveAt(_inputTypes.Count - 1);
                break;
            case ArgumentNode:
                Argument = null;
                _defaultValues.RemoveAt(_defaultValues.Count - 1);
                _inputTypes.RemoveAt(_inputTypes.Count - 1);
                break;
            case ListValueNode or ObjectFieldNode:
                _defaultValues.RemoveAt(_defaultValues.Count - 1);
                _inputTypes.RemoveAt(_inputTypes.Count - 1);
                break;
        }
    }

    /// <summary>The field definition a selection refers to, meta-fields included (§4.1, §4.4).</summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string name)
    {
        if (name == "__typename")
        {
            return parentType.IsComposite ? IntrospectionTypes.TypeNameField : null;
        }

        if (ReferenceEquals(parentType, schema.QueryType))
        {
            if (name == "__schema")
            {
                return IntrospectionTypes.SchemaField;
            }

            if (name == "__type")
            {
                return IntrospectionTypes.TypeField;
            }
        }

        return (parentType as ComplexType)?.GetField(name);
    }
}
