using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.2.1.1 Operation Name Uniqueness.</summary>
internal sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    internal override void Reset() => _known.Clear();

    public override void Enter(AstNode node, ValidationContext context)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }
    }
}
