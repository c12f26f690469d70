namespace DataInclusion.Host.Api.Access;

/// <summary>One API token (<c>ops.api_tokens</c>), without its hash.</summary>
/// <param name="Sources">The restricted sources it may read.</param>
/// <param name="AllowedOrigins">Browser origins it is accepted from (normalised <c>scheme://host[:port]</c>); empty: any.</param>
/// <param name="RateLimitPerMinute">Its own limit; null: the instance's default.</param>
internal sealed record ApiToken(
    string Name,
    ApiScope Scope,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> AllowedOrigins,
    int? RateLimitPerMinute,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt)
{
    /// <summary>The caller this token makes, when <paramref name="restricted"/> are the restricted sources.</summary>
    public ApiCaller ToCaller(IReadOnlyList<string> restricted) => new(Name, Scope, Sources, restricted);

    /// <summary>Whether a browser page of <paramref name="origin"/> may use the token (no Origin header: not a browser page).</summary>
    public bool AcceptsOrigin(string? origin) =>
        AllowedOrigins.Count == 0 || string.IsNullOrEmpty(origin) || AllowedOrigins.Contains(ApiOrigins.Normalize(origin) ?? string.Empty, StringComparer.Ordinal);
}
