namespace DataInclusion.Host.Api;

/// <summary>
/// Who is reading the API: anonymous, or the holder of an API token (its name, scope, granted sources). Resolved once
/// per request by the HTTP access middleware (<c>ApiAccess.Caller(HttpContext)</c>) and carried to the query layer as
/// its <see cref="Visibility"/>; the GraphQL door receives it as the execution's user context.
/// </summary>
internal sealed class ApiCaller(string? tokenName, ApiScope? scope, IReadOnlyList<string> grantedSources)
{
    public static ApiCaller Anonymous { get; } = new(null, null, []);

    /// <summary>The token's name (null when anonymous): the rate limiter's partition and the request log's property.</summary>
    public string? TokenName { get; } = tokenName;

    public ApiScope? Scope { get; } = scope;

    public IReadOnlyList<string> GrantedSources { get; } = grantedSources;

    /// <summary>What this caller may read of the restricted sources; pass it to every read of the query layer.</summary>
    public SourceVisibility Visibility { get; } = SourceVisibility.Granting(grantedSources);

    public bool IsAnonymous => TokenName is null;
}
