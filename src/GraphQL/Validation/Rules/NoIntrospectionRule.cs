using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>Added when introspection is switched off: refuses <c>__schema</c> and <c>__type</c> (graphql-js NoSchemaIntrospectionCustomRule wording).</summary>
internal sealed class NoIntrospectionRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is FieldNode field && field.Name.Value is "__schema" or "__type")
        {
            context.ReportError($"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name.Value}\".", field);
        }
    }
}
