using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Types;

/// <summary>A directive definition (GraphQL spec §3.13).</summary>
public sealed class DirectiveDefinition(string name, IReadOnlyList<string> locations)
{
    public string Name { get; } = name;

    public string? Description { get; internal set; }

    public IReadOnlyList<string> Locations { get; } = locations;

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    public bool IsRepeatable { get; internal set; }

    /// <summary>Set by <c>@deprecated</c> on the definition (graphql-js 17 DIRECTIVE_DEFINITION location).</summary>
    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? Definition { get; internal set; }

    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return argument;
            }
        }

        return null;
    }
}
