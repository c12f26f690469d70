namespace DataInclusion.Host.Api;

/// <summary>A filter value the query layer refuses: the <see cref="MartFilter"/> property and a French message for the portal.</summary>
internal sealed record FilterError(string Filter, string Message);
