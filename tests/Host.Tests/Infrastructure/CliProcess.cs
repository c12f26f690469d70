using System.Diagnostics;
using System.Text;

namespace DataInclusion.Host.Tests.Infrastructure;

/// <summary>Runs the real <c>datainclusion</c> program (built next to the tests) as a child process, as an operator would.</summary>
public sealed class CliProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    public string StandardOutput { get { lock (_stdout) { return _stdout.ToString(); } } }

    public string StandardError { get { lock (_stderr) { return _stderr.ToString(); } } }

    public int ExitCode => _process.ExitCode;

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    /// <summary>Kills the program at once (SIGKILL), as a crash would: no shutdown code runs.</summary>
    public void Crash() => _process.Kill(entireProcessTree: true);

    /// <summary>Runs a command to completion (killing it after <paramref name="timeout"/>).</summary>
    public static async Task<CliProcess> RunAsync(IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] arguments)
    {
        var cli = Start(environment, arguments);
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await cli._process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            cli._process.Kill(entireProcessTree: true);
            throw new TimeoutException($"datainclusion {string.Join(' ', arguments)} did not finish in {timeout}.\n{cli.StandardError}");
        }

        // Let the asynchronous readers drain what is left in the pipes.
        cli._process.WaitForExit();
        return cli;
    }

    public static CliProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "datainclusion.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Isolate from the developer's own configuration: only what the test sets.
        foreach (var name in new[] { "DATAINCLUSION_DB", "DATAINCLUSION_DATA_DIR", "DATAINCLUSION_ADMIN_TOKEN", "EMPLOIS_API_URL", "EMPLOIS_API_TOKEN", "CI" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (cli._stdout) { cli._stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (cli._stderr) { cli._stderr.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits for a program started with <see cref="Start"/> to end by itself.</summary>
    public async Task WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);

        // Let the asynchronous readers drain what is left in the pipes.
        _process.WaitForExit();
    }

    /// <summary>Asks the program to stop as Ctrl+C would (SIGTERM: graceful shutdown), and waits for it.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public override string ToString() => $"exit {(_process.HasExited ? _process.ExitCode : -1)}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
