using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.3.3 Leaf Field Selections.</summary>
internal sealed class ScalarLeafsRule : ValidationRule
{
    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is not FieldNode field || context.TypeInfo.Type is not { } type)
        {
            return;
        }

        var name = field.Name.Value;
        if (type.GetNamedType().IsLeaf)
        {
            if (field.SelectionSet is not null)
            {
                context.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            context.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
    }
}
