using DataInclusion.GraphQL.Language.Ast;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>A merge conflict: the reason is a message or a list of sub-field conflicts.</summary>
internal sealed record Conflict(string ResponseName, object Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
