using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation.Rules;

/// <summary>
/// A field selection with the parent type it was selected on and its definition (if known); a struct stored inline in
/// its response name's list, which usually holds one entry.
/// </summary>
internal readonly record struct FieldEntry(string ResponseName, NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);
