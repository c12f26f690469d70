namespace DataInclusion.GraphQL.Http.GraphiQL;

/// <summary>
/// A tab GraphiQL opens with when the browser has none saved (GraphiQL's <c>defaultTabs</c>): a query and its variables
/// (a JSON object as text), so an application can open on examples of its own schema.
/// </summary>
public sealed record GraphiQLTab(string Query, string? Variables = null);
