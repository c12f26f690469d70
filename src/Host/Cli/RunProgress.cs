using DataInclusion.Host.Pipeline;
using Spectre.Console;

namespace DataInclusion.Host.Cli;

/// <summary>Progress bars on a terminal; nothing extra otherwise (the structured logs already tell each step).</summary>
internal static class RunProgress
{
    public static async Task<IReadOnlyList<SourceRunResult>> RunAsync(
        IReadOnlyList<SourceDefinition> sources, bool interactive, Func<SourceDefinition, Task<SourceRunResult>> run)
    {
        var results = new List<SourceRunResult>();
        if (!interactive)
        {
            foreach (var source in sources)
            {
                results.Add(await run(source));
            }

            return results;
        }

        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = sources.ToDictionary(s => s.Slug, s => context.AddTask(Markup.Escape(s.Slug), autoStart: false, maxValue: 1));
                foreach (var source in sources)
                {
                    var task = tasks[source.Slug];
                    task.StartTask();
                    task.IsIndeterminate = true;
                    var result = await run(source);
                    task.IsIndeterminate = false;
                    task.Description = $"{Markup.Escape(source.Slug)} [{Colour(result.Status)}]{result.Status.ToString().ToLowerInvariant()}[/]";
                    task.Value = 1;
                    results.Add(result);
                }
            });
        return results;
    }

    public static string Colour(SourceRunStatus status) => status switch
    {
        SourceRunStatus.Succeeded => "green",
        SourceRunStatus.Failed => "red",
        _ => "yellow",
    };
}
