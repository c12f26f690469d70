namespace DataInclusion.Host.Api.Access;

/// <summary>Browser origins as the <c>Origin</c> header sends them: <c>scheme://host[:port]</c>, lowercase, default port omitted.</summary>
internal static class ApiOrigins
{
    /// <summary>The normalised origin, or null when <paramref name="text"/> is not an http(s) origin (a path, a query…).</summary>
    public static string? Normalize(string text)
    {
        if (!Uri.TryCreate(text.Trim().TrimEnd('/'), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }
}
