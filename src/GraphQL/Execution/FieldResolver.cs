namespace DataInclusion.GraphQL.Execution;

/// <summary>Resolves one field of one object (GraphQL spec §6.4.2 ResolveFieldValue).</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
