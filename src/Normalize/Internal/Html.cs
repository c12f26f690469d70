using System.Net;
using System.Text.RegularExpressions;

namespace DataInclusion.Normalize.Internal;

/// <summary>HTML fragments from producers (Soliguide, Agefiph) → plain text: block ends become line breaks, entities decoded.</summary>
internal static partial class Html
{
    public static string? ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = LineBreak().Replace(html, "\n");
        text = ListItem().Replace(text, "\n- ");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        text = Spaces().Replace(text, " ");
        text = SpaceAroundNewline().Replace(text, "\n");
        text = BlankLines().Replace(text, "\n\n").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"<\s*br\s*/?\s*>|</\s*(p|div|h[1-6]|ul|ol|tr)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<\s*li[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@" ?\n ?")]
    private static partial Regex SpaceAroundNewline();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
