namespace DataInclusion.Host.Pipeline;

/// <summary>A run whose data was fetched and validated but must not be published.</summary>
internal sealed class RunRejectedException(string message, RunOutcome outcome) : Exception(message)
{
    public RunOutcome Outcome { get; } = outcome;
}
