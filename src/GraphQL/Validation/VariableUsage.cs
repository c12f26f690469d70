using DataInclusion.GraphQL.Language.Ast;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Validation;

/// <summary>A variable used somewhere, with the input type expected there and the position's default value.</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, GraphQLType? ParentType);
