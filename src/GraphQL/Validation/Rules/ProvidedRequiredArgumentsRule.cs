using DataInclusion.GraphQL.Introspection;
using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.4.2.1 Required Arguments.</summary>
internal sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override void Leave(AstNode node, ValidationContext context)
    {
        switch (node)
        {
            case FieldNode field when context.TypeInfo.FieldDefinition is { } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (IsRequired(argument) && !IsProvided(field.Arguments, argument.Name))
                    {
                        // graphql-js names meta-fields' owner "<meta>".
                        var parent = IsMetaField(definition) ? "<meta>" : context.TypeInfo.ParentType?.Name;
                        context.ReportError(
                            $"Argument \"{parent}.{definition.Name}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.",
                            field);
                    }
                }

                break;
            case DirectiveNode directive when context.Schema.GetDirective(directive.Name.Value) is { } directiveDefinition:
                foreach (var argument in directiveDefinition.Arguments)
                {
                    if (IsRequired(argument) && !IsProvided(directive.Arguments, argument.Name))
                    {
                        context.ReportError(
                            $"Argument \"@{directive.Name.Value}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.",
                            directive);
                    }
                }

                break;
        }
    }

    private static bool IsMetaField(FieldDefinition field) =>
        ReferenceEquals(field, IntrospectionTypes.TypeField) || ReferenceEquals(field, IntrospectionTypes.SchemaField)
        || ReferenceEquals(field, IntrospectionTypes.TypeNameField);

    private static bool IsRequired(InputValueDefinition argument) => argument.Type is NonNullType && !argument.HasDefaultValue;

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
