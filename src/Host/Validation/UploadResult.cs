using DataInclusion.Normalize.Validation;

namespace DataInclusion.Host.Validation;

/// <summary>The files of a request, or why it was refused (HTTP status and a French message).</summary>
internal sealed record UploadResult(IReadOnlyList<ValidationInput> Inputs, int Status, string? Error)
{
    /// <summary>The URL the form gave, to show it again in the page.</summary>
    public string? Url { get; init; }

    public static UploadResult Files(IReadOnlyList<ValidationInput> inputs) => new(inputs, 200, null);

    public static UploadResult Refused(int status, string message) => new([], status, message);
}
