namespace DataInclusion.Host.Api;

/// <summary>
/// Who is reading the API: anonymous, or the holder of an API token (its name, scope, granted sources). Resolved once
/// per request by the HTTP access middleware (<c>ApiAccess.Caller(HttpContext)</c>) over the restricted sources of
/// the moment, and carried to the query layer as its <see cref="Visibility"/>; the GraphQL door receives it as the
/// execution's user context.
/// </summary>
/// <param name="restricted">The restricted sources (<see cref="Access.RestrictedSources"/>); the granted ones among them are seen.</param>
internal sealed class ApiCaller(string? tokenName, ApiScope? scope, IReadOnlyList<string> grantedSources, IReadOnlyList<string> restricted)
{
    /// <summary>
    /// An anonymous caller when only the built-in sources are restricted: the fallback of a door reached without the
    /// access middleware (tests executing the schema directly). The middleware builds its callers over every restriction.
    /// </summary>
    public static ApiCaller Anonymous { get; } = new(null, null, [], SourceVisibility.BuiltInRestricted);

    /// <summary>The token's name (null when anonymous): the rate limiter's partition and the request log's property.</summary>
    public string? TokenName { get; } = tokenName;

    public ApiScope? Scope { get; } = scope;

    public IReadOnlyList<string> GrantedSources { get; } = grantedSources;

    /// <summary>What this caller may read of the restricted sources; pass it to every read of the query layer.</summary>
    public SourceVisibility Visibility { get; } = SourceVisibility.Granting(restricted, grantedSources);

    public bool IsAnonymous => TokenName is null;

    /// <summary>An anonymous caller over <paramref name="restricted"/>.</summary>
    public static ApiCaller AnonymousOver(IReadOnlyList<string> restricted) => new(null, null, [], restricted);
}
