using System.CommandLine;
using System.Globalization;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Scheduling;
using DataInclusion.Host.Storage;
using Spectre.Console;

namespace DataInclusion.Host.Cli;

/// <summary><c>status</c>: each source's last runs, newest first.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var last = new Option<int>("--last") { Description = "Runs shown per source.", DefaultValueFactory = _ => 3 };
        var command = new Command("status", "Show each source's last runs.");
        command.Options.Add(last);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            var runs = await new RunStore(runtime.Database.DataSource, runtime.Time).LatestAsync(parse.GetValue(last), cancellationToken);
            var jobStorage = await JobStorageFactory.CreateAsync(runtime, cancellationToken);
            var nextFireTimes = NextFireTimes.Read(jobStorage);
            Write(await new SourceCatalog(runtime.Database.DataSource, runtime.Time).AllAsync(cancellationToken), runs, nextFireTimes, runtime.Interactive);
            await OpenDataStatus.WriteAsync(runtime, cancellationToken);
            return 0;
        });
        return command;
    }

    private static void Write(IReadOnlyList<SourceDefinition> sources, IReadOnlyList<RunRecord> runs, IReadOnlyDictionary<string, DateTimeOffset> nextFireTimes, bool interactive)
    {
        var table = new Table().AddColumns("source", "next run (UTC)", "started (UTC)", "status", "fetched", "valid", "invalid", "published", "duration", "error");
        foreach (var source in sources)
        {
            var sourceRuns = runs.Where(r => r.Source == source.Slug).ToList();
            var next = nextFireTimes.TryGetValue(source.Slug, out var fire) ? Time(fire) : "not scheduled";
            if (sourceRuns.Count == 0)
            {
                table.AddRow(Markup.Escape(source.Slug), next, "never run", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
                continue;
            }

            foreach (var run in sourceRuns)
            {
                table.AddRow(
                    Markup.Escape(run.Source),
                    run == sourceRuns[0] ? next : string.Empty,
                    Time(run.StartedAt),
                    Markup.Escape(run.Status),
                    Format(run.Counts.Fetched), Format(run.Counts.Valid), Format(run.Counts.Invalid), Format(run.Counts.Published),
                    run.EndedAt is { } end ? $"{(end - run.StartedAt).TotalSeconds:0.0} s" : "running",
                    Markup.Escape(run.Error ?? string.Empty));
            }
        }

        ConsoleOutput.Write(table, interactive);
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
