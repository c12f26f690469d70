using System.Globalization;
using System.Text.RegularExpressions;

namespace DataInclusion.Normalize.Enrichment;

/// <summary>
/// A structure's <c>site_web</c> in one canonical spelling (issue 9 §1), so that equal sites compare equal: scheme added
/// when missing (<see cref="TextCleanup.Url"/>) and lower-cased, host lower-cased (internationalised names kept readable,
/// in Unicode normalisation form C), default port and a lone <c>/</c> path removed. Path, query and fragment are kept
/// byte for byte: they can be case-sensitive, and re-escaping them could break a link that works.
/// </summary>
internal static partial class Website
{
    private static readonly IdnMapping s_idn = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    public static string? Normalize(string? siteWeb)
    {
        var url = TextCleanup.Url(siteWeb);
        if (url is null || HttpUrl().Match(url) is not { Success: true } match)
        {
            // Another scheme, inner spaces, or no host: left as written, for validation to report.
            return url;
        }

        var scheme = match.Groups["scheme"].Value.ToLowerInvariant();
        var host = Host(match.Groups["host"].Value);
        var port = match.Groups["port"].Value;
        if (port is ":" || (scheme == "http" && port == ":80") || (scheme == "https" && port == ":443"))
        {
            port = string.Empty;
        }

        var rest = match.Groups["rest"].Value;
        if (rest == "/")
        {
            rest = string.Empty;
        }

        return $"{scheme}://{match.Groups["userinfo"].Value}{host}{port}{rest}";
    }

    /// <summary>
    /// Lower case; a non-ASCII name goes through IDNA (to ASCII and back) so that it is validated and case-folded the
    /// way resolvers see it. A name IDNA refuses is only lower-cased: the link stays as the producer wrote it.
    /// </summary>
    private static string Host(string host)
    {
        if (host.All(char.IsAscii))
        {
            return host.ToLowerInvariant();
        }

        try
        {
            return s_idn.GetUnicode(s_idn.GetAscii(host.Normalize(System.Text.NormalizationForm.FormC)));
        }
        catch (ArgumentException)
        {
            return host.ToLowerInvariant();
        }
    }

    // RFC 3986 §3.2: authority = [ userinfo "@" ] host [ ":" port ]; the host is a bracketed IPv6 literal or a name.
    [GeneratedRegex(@"^(?<scheme>[hH][tT][tT][pP][sS]?)://(?<userinfo>[^/?#@\s]*@)?(?<host>\[[0-9A-Fa-f:.]+\]|[^/?#:@\s\[\]]+)(?<port>:\d*)?(?<rest>[/?#]\S*)?$")]
    private static partial Regex HttpUrl();
}
