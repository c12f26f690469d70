using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace DataInclusion.Host.Tests.OpenData;

/// <summary>Hangfire's client as the export scheduler sees it: records the jobs scheduled and deleted, runs none.</summary>
internal sealed class RecordingJobClient : IBackgroundJobClient
{
    private int _next;

    public List<(string Id, Job Job, DateTime? EnqueueAt)> Created { get; } = [];

    public HashSet<string> Deleted { get; } = [];

    public IEnumerable<string> Pending => Created.Select(c => c.Id).Where(id => !Deleted.Contains(id));

    public string Create(Job job, IState state)
    {
        var id = "job-" + Interlocked.Increment(ref _next);
        Created.Add((id, job, (state as ScheduledState)?.EnqueueAt));
        return id;
    }

    public bool ChangeState(string jobId, IState state, string expectedState)
    {
        if (state is DeletedState)
        {
            Deleted.Add(jobId);
        }

        return true;
    }
}
