using DataInclusion.Host.Pipeline;
using Quartz;
using Quartz.Spi;

namespace DataInclusion.Host.Scheduling;

/// <summary>Gives Quartz our jobs with their dependencies (Quartz would otherwise need parameterless constructors).</summary>
internal sealed class SourceJobFactory(SourceRunner runner) : IJobFactory
{
    public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler) => new SourceJob(runner);

    public void ReturnJob(IJob job)
    {
    }
}
