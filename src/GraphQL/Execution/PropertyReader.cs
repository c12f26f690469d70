namespace DataInclusion.GraphQL.Execution;

/// <summary>A compiled property getter for one CLR type (null getter: the type has no such property).</summary>
internal sealed record PropertyReader(Type Type, Func<object, object?>? Getter);
