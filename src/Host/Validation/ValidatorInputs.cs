using DataInclusion.Normalize.Validation;
using DataInclusion.Sources.V1Feed;

namespace DataInclusion.Host.Validation;

/// <summary>What every door does with a received file before the validator: a safe display name and the media type.</summary>
internal static class ValidatorInputs
{
    /// <summary>
    /// The media type as the v1 feed connector detects it (Content-Type, then extension, then first bytes); the name is
    /// reduced to its last segment and printable characters: it is shown, never used as a path.
    /// </summary>
    public static ValidationInput From(string? name, byte[] content, string? contentType)
    {
        var display = DisplayName(name);
        return new ValidationInput(display, content, FeedFormat.Detect(contentType, display, content));
    }

    public static string DisplayName(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var clean = new string(last.Where(c => !char.IsControl(c)).Take(120).ToArray()).Trim();
        return clean.Length == 0 ? "fichier" : clean;
    }
}
