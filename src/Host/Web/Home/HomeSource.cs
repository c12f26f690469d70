namespace DataInclusion.Host.Web.Home;

/// <summary>One line of the home page's table: a source, what it has published and its last successful run.</summary>
/// <param name="Name">The registry's description of a built-in source (English), a producer account's name (as given).</param>
/// <param name="IsBuiltIn">True for a source of the registry: its description is English, and marked so for screen readers.</param>
/// <param name="InOpenData">False when the source's licence keeps it out of the open-data files (still in the API).</param>
/// <param name="IsRestricted">
/// Its rows are for the API tokens granted it: the page (anonymous) shows neither its counts nor counts them in the totals.
/// </param>
internal sealed record HomeSource(
    string Slug, string Name, bool IsBuiltIn, bool InOpenData, long Structures, long Services, DateTimeOffset? LastUpdate, bool IsRestricted = false);
