using System.Text.RegularExpressions;
using DataInclusion.Host.Pipeline;

namespace DataInclusion.Host.Api.Access;

/// <summary>An operator's actions on API tokens, with their checks (behind <c>tokens create|revoke|list</c>).</summary>
/// <param name="catalog">Where the restricted sources are (built-in ones and restricted producer accounts): only those are granted.</param>
internal sealed partial class ApiTokenAdmin(ApiTokenStore tokens, SourceCatalog catalog)
{
    /// <summary>The new token, or why it was not created.</summary>
    public async Task<(string? Token, string? Problem)> CreateAsync(
        string name, string scope, IReadOnlyList<string> sources, IReadOnlyList<string> allowedOrigins, int? rateLimitPerMinute, CancellationToken cancellationToken)
    {
        if (!NamePattern().IsMatch(name) || name.Length is < 2 or > 100)
        {
            return (null, $"'{name}' is not a token name: 2 to 100 letters, digits, '.', '_', '@' or '-', starting with a letter or digit (e.g. the portal's name)");
        }

        ApiScope? parsed = scope switch { "api" => ApiScope.Api, "admin" => ApiScope.Admin, _ => null };
        if (parsed is null)
        {
            return (null, $"unknown scope '{scope}': use api or admin");
        }

        var granted = sources.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList();
        var restricted = (await catalog.AllAsync(cancellationToken)).Where(s => s.IsRestricted).Select(s => s.Slug).ToList();
        if (granted.FirstOrDefault(s => !restricted.Contains(s, StringComparer.Ordinal)) is { } open)
        {
            return (null, $"'{open}' is not a restricted source (restricted: {string.Join(", ", restricted)}); open sources need no grant");
        }

        var origins = new List<string>();
        foreach (var origin in allowedOrigins)
        {
            if (ApiOrigins.Normalize(origin) is not { } normalized)
            {
                return (null, $"'{origin}' is not a browser origin: scheme://host[:port], without a path (e.g. https://portail.example.fr)");
            }

            origins.Add(normalized);
        }

        if (rateLimitPerMinute is <= 0)
        {
            return (null, "--rate-limit is a number of requests per minute, above 0");
        }

        var token = await tokens.CreateAsync(name, parsed.Value, granted, origins.Distinct(StringComparer.Ordinal).ToList(), rateLimitPerMinute, cancellationToken);
        return token is null ? (null, $"a token named '{name}' already exists (revoked names stay taken: choose another name)") : (token, null);
    }

    public async Task<string?> RevokeAsync(string name, CancellationToken cancellationToken) =>
        await tokens.RevokeAsync(name, cancellationToken) ? null : $"no token is named '{name}'";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]*$")]
    private static partial Regex NamePattern();
}
