using DataInclusion.GraphQL.Internal;
using DataInclusion.GraphQL.Language;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>
/// GraphQL spec §5.6.1 Values of Correct Type and §5.6.4 Input Object Required Fields: each literal is checked as a
/// whole against the expected input type (graphql-js 17 validateInputLiteral), its nested values are then skipped.
/// </summary>
internal sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private AstNode? _checkedValue;

    internal override void Reset() => _checkedValue = null;

    public override void Enter(AstNode node, ValidationContext context)
    {
        if (_checkedValue is not null || node is not ValueNode value || node is VariableNode)
        {
            return;
        }

        _checkedValue = node;
        var type = node is ListValueNode ? context.TypeInfo.ParentInputType : context.TypeInfo.InputType;
        if (type is not null)
        {
            Validate(context, value, type);
        }
    }

    public override void Leave(AstNode node, ValidationContext context)
    {
        if (ReferenceEquals(node, _checkedValue))
        {
            _checkedValue = null;
        }
    }

    private static void Validate(ValidationContext context, ValueNode node, GraphQLType type)
    {
        if (node is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                context.ReportError($"Expected value of non-null type \"{type}\" not to be null.", node);
                return;
            }

            Validate(context, node, nonNull.OfType);
            return;
        }

        if (node is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode items)
                {
                    foreach (var item in items.Values)
                    {
                        Validate(context, item, list.OfType);
                    }
                }
                else
                {
                    Validate(context, node, list.OfType);
                }

                break;
            case InputObjectType input:
                ValidateObject(context, node, input);
                break;
            default:
                ValidateLeaf(context, node, (NamedType)type);
                break;
        }
    }

    private static void ValidateObject(ValidationContext context, ValueNode node, InputObjectType type)
    {
        if (node is not ObjectValueNode obj)
        {
            context.ReportError($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(node)}.", node);
            return;
        }

        foreach (var field in type.Fields.Values)
        {
            var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null)
            {
                if (field.Type is NonNullType && !field.HasDefaultValue)
                {
                    context.ReportError($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(node)}.", node);
                }

                continue;
            }

            Validate(context, fieldNode.Value, field.Type);
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in obj.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                var suggestion = Suggestions.DidYouMean(Suggestions.List(fieldNode.Name.Value, type.Fields.Keys));
                context.ReportError(
                    $"Expected value of type \"{type.Name}\" not to include unknown field \"{fieldNode.Name.Value}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Printer.Print(node)}.",
                    fieldNode);
            }
            else
            {
                known.Add(fieldNode);
            }
        }

        if (type.IsOneOf && (known.Count != 1 || known[0].Value is NullValueNode))
        {
            context.ReportError(Execution.InputCoercion.OneOfMessage(type), node);
        }
    }

    private static void ValidateLeaf(ValidationContext context, ValueNode node, NamedType type)
    {
        try
        {
            _ = type is EnumType enumType ? enumType.ParseLiteral(node) : ((ScalarType)type).ParseLiteral(node, null);
        }
        catch (GraphQLException exception)
        {
            context.ReportError(exception.Error.Message, node);
        }
#pragma warning disable CA1031 // A custom scalar's failure of any kind is an invalid literal, reported as data.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            context.ReportError($"Expected value of type \"{type.Name}\", but encountered error \"{exception.Message}\"; found: {Printer.Print(node)}.", node);
        }
    }
}
