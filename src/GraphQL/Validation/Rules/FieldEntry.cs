using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>A field selection with the parent type it was selected on and its definition (if known).</summary>
internal sealed record FieldEntry(string ResponseName, NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);
