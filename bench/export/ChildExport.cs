using System.Diagnostics;
using System.Globalization;

namespace DataInclusion.Export.Bench;

/// <summary>Runs the real <c>datainclusion</c> program as a child process, measuring its wall time and peak RSS.</summary>
internal static class ChildExport
{
    public static async Task BuildHostAsync(string hostDirectory, CancellationToken cancellationToken)
    {
        var result = await RunAsync("dotnet", ["build", Path.Combine(ExportBenchOptions.RepositoryRoot, "src", "Host", "DataInclusion.Host.csproj"),
            "-c", "Release", "-o", hostDirectory, "-nologo", "-v", "quiet"], new Dictionary<string, string>(), cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("building the host failed:\n" + result.StandardOutput);
        }
    }

    public static Task<ChildResult> RunHostAsync(string hostDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellationToken) =>
        RunAsync("dotnet", [Path.Combine(hostDirectory, "datainclusion.dll"), .. arguments], environment, cancellationToken);

    private static async Task<ChildResult> RunAsync(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ExportBenchOptions.RepositoryRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        long peakKb = 0;
        while (!process.HasExited)
        {
            // VmHWM is the process's own high-water mark: polling can only miss the last few milliseconds of growth.
            peakKb = Math.Max(peakKb, PeakRssKb(process.Id));
            await Task.WhenAny(process.WaitForExitAsync(cancellationToken), Task.Delay(50, cancellationToken));
        }

        return new ChildResult(process.ExitCode, clock.Elapsed, peakKb * 1024, await stdout, await stderr);
    }

    private static long PeakRssKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two polls.
        }

        return 0;
    }
}

/// <summary>What a child run did: exit code, wall time, peak resident memory, and its output.</summary>
internal sealed record ChildResult(int ExitCode, TimeSpan Elapsed, long PeakRssBytes, string StandardOutput, string StandardError);
