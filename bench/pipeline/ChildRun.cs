using System.Diagnostics;
using System.Globalization;

namespace DataInclusion.Pipeline.Bench;

/// <summary>Runs the real <c>datainclusion</c> program as a child process, measuring its wall time and peak RSS.</summary>
internal static class ChildRun
{
    /// <summary>
    /// The host built by <c>./datainclusion</c> (Release, <c>.build/host</c>), built here first; or a prebuilt one named
    /// with <c>--host DIR</c> (e.g. a copy built from another commit, to compare before and after a change).
    /// </summary>
    public static string HostDll { get; private set; } = Path.Combine(Vocabulary.RepositoryRoot, ".build", "host", "datainclusion.dll");

    private static bool s_prebuilt;

    /// <summary>Applies <c>--host DIR</c> if present in <paramref name="args"/>.</summary>
    public static void Configure(string[] args)
    {
        if (args.SkipWhile(a => a != "--host").Skip(1).FirstOrDefault() is { } directory)
        {
            HostDll = Path.Combine(Path.GetFullPath(directory), "datainclusion.dll");
            s_prebuilt = true;
        }
    }

    public static async Task BuildHostAsync(CancellationToken cancellationToken)
    {
        if (s_prebuilt)
        {
            return;
        }

        var build = Start("dotnet", ["build", Path.Combine(Vocabulary.RepositoryRoot, "src", "Host", "DataInclusion.Host.csproj"),
            "-c", "Release", "-o", Path.GetDirectoryName(HostDll)!, "-nologo", "-v", "quiet"], new Dictionary<string, string>());
        await build.WaitForExitAsync(cancellationToken);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("building the host failed:\n" + await build.StandardOutput.ReadToEndAsync(cancellationToken));
        }
    }

    /// <summary>Starts <c>dotnet datainclusion.dll arguments</c> with the given environment (stdout/stderr redirected).</summary>
    public static Process StartHost(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment) =>
        Start("dotnet", [HostDll, .. arguments], environment);

    public static async Task<ChildResult> RunHostAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var process = StartHost(arguments, environment);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        long peakKb = 0;
        var trace = new List<RssSample>();
        while (!process.HasExited)
        {
            // VmHWM is the process's own high-water mark, so polling can only miss the last few milliseconds of growth.
            peakKb = Math.Max(peakKb, StatusKb(process.Id, "VmHWM:"));
            trace.Add(new RssSample(DateTimeOffset.UtcNow, StatusKb(process.Id, "VmRSS:")));
            await Task.WhenAny(process.WaitForExitAsync(cancellationToken), Task.Delay(50, cancellationToken));
        }

        clock.Stop();
        return new ChildResult(process.ExitCode, clock.Elapsed, peakKb * 1024, await stdout, await stderr, trace);
    }

    /// <summary>A memory line of <c>/proc/PID/status</c> in kB (<c>VmHWM:</c> the peak, <c>VmRSS:</c> the current size).</summary>
    private static long StatusKb(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two polls.
        }

        return 0;
    }

    private static Process Start(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Vocabulary.RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}

/// <summary>What a child run did: exit code, wall time, peak resident memory, and its output.</summary>
internal sealed record ChildResult(
    int ExitCode, TimeSpan Elapsed, long PeakRssBytes, string StandardOutput, string StandardError, IReadOnlyList<RssSample> RssTrace);

/// <summary>The child's resident memory (kB) at one poll: which step holds the memory, not only how much.</summary>
internal readonly record struct RssSample(DateTimeOffset At, long Kb);
