namespace DataInclusion.Host.Producers;

/// <summary>The states of <c>ops.submissions.status</c>.</summary>
internal static class SubmissionStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public static bool IsFinal(string status) => status is Succeeded or Failed;
}
