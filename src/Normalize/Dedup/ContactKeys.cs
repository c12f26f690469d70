namespace DataInclusion.Normalize.Dedup;

/// <summary>E-mail and website keys; webmail and social-network hosts are no signal (thousands of unrelated users).</summary>
internal static class ContactKeys
{
    private static readonly HashSet<string> s_sharedHosts = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "yahoo.fr", "yahoo.com", "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com",
        "live.fr", "live.com", "msn.com", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net",
        "icloud.com", "me.com", "aol.com", "aol.fr", "bbox.fr", "numericable.fr", "protonmail.com", "proton.me", "gmx.fr",
        "gmx.com", "club-internet.fr", "facebook.com", "fb.com", "instagram.com", "linkedin.com", "twitter.com", "x.com",
        "sites.google.com", "google.com", "wixsite.com", "wordpress.com", "blogspot.com", "over-blog.com", "jimdo.com",
        "helloasso.com", "dora.inclusion.beta.gouv.fr", "soliguide.fr", "linktr.ee",
    };

    /// <summary>The whole address, lower-cased, or null when it is not one.</summary>
    public static string? Email(string? courriel)
    {
        var value = courriel?.Trim().ToLowerInvariant();
        return value is not null && value.IndexOf('@') is > 0 and var at && at < value.Length - 1 ? value : null;
    }

    /// <summary>The domain of an address, or null for webmail domains.</summary>
    public static string? EmailDomain(string? email)
    {
        var domain = email?[(email.IndexOf('@') + 1)..];
        return domain is null || s_sharedHosts.Contains(domain) ? null : domain;
    }

    /// <summary>The host of a website without <c>www.</c>, or null for shared hosts and unreadable values.</summary>
    public static string? WebHost(string? siteWeb)
    {
        if (string.IsNullOrWhiteSpace(siteWeb))
        {
            return null;
        }

        var text = siteWeb.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        return IsShared(host) ? null : host;
    }

    /// <summary>The host or one of its parent domains is shared (a subdomain of a blog platform is its user's, not a place's).</summary>
    private static bool IsShared(string host)
    {
        for (var at = 0; at >= 0; at = host.IndexOf('.', at) is var dot and >= 0 ? dot + 1 : -1)
        {
            if (s_sharedHosts.Contains(host[at..]))
            {
                return true;
            }
        }

        return false;
    }
}
