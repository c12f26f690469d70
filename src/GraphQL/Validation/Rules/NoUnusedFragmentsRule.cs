using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>GraphQL spec §5.5.1.4 Fragments Must Be Used.</summary>
internal sealed class NoUnusedFragmentsRule : ValidationRule
{
    public override void Leave(AstNode node, ValidationContext context)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }
        }

        // An indexed loop: foreach over the IReadOnlyList would allocate an enumerator per node.
        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
