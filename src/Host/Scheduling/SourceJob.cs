using DataInclusion.Host.Pipeline;
using Quartz;

namespace DataInclusion.Host.Scheduling;

/// <summary>
/// One scheduled run of one source. Quartz never runs two instances of the same job at once, across the whole cluster
/// (<see cref="DisallowConcurrentExecutionAttribute"/> with the clustered store).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class SourceJob(SourceRunner runner) : IJob
{
    public const string Group = "sources";

    public async Task Execute(IJobExecutionContext context)
    {
        var source = SourceRegistry.Find(context.JobDetail.Key.Name);
        if (source is null)
        {
            return;
        }

        var trigger = context.Recovering ? "scheduler-recovery" : "scheduler";
        await runner.RunAsync(source, trigger, context.CancellationToken);
    }
}
