using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.5.1.1 Fragment Name Uniqueness.</summary>
internal sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    internal override void Reset() => _known.Clear();

    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            if (_known.TryGetValue(fragment.Name.Value, out var first))
            {
                context.ReportError($"There can be only one fragment named \"{fragment.Name.Value}\".", first, fragment.Name);
            }
            else
            {
                _known[fragment.Name.Value] = fragment.Name;
            }
        }
    }
}
