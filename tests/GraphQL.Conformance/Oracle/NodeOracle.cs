using System.Text;
using System.Text.Json.Nodes;

namespace DataInclusion.GraphQL.Conformance.Oracle;

/// <summary>
/// Runs the graphql-js reference scripts of js/ as child processes (JSON on stdin, JSON on stdout).
/// Installs their pinned dependencies with `npm ci` on first use when node_modules is missing (fresh CI clone).
/// </summary>
public static class NodeOracle
{
    private static readonly TimeSpan s_scriptTimeout = TimeSpan.FromMinutes(2);
    private static readonly SemaphoreSlim s_installGate = new(1, 1);
    private static bool s_installed;

    /// <summary>Runs `node js/{script}` with <paramref name="input"/> as stdin and parses its stdout.</summary>
    public static async Task<JsonNode> RunAsync(string script, JsonNode input, CancellationToken cancellationToken = default)
    {
        await EnsureInstalledAsync(cancellationToken);
        var (exitCode, stdout, stderr) = await ProcessRunner.RunAsync(
            "node", [script], ConformancePaths.Js, input.ToJsonString(), s_scriptTimeout, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {exitCode}: {stderr}");
        }

        return JsonNode.Parse(stdout) ?? throw new InvalidOperationException($"node {script} printed null.");
    }

    /// <summary>Runs a script taking command-line arguments (no stdin) and returns its stdout.</summary>
    public static async Task<string> RunWithArgumentsAsync(
        string script, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        await EnsureInstalledAsync(cancellationToken);
        var (exitCode, stdout, stderr) = await ProcessRunner.RunAsync(
            "node", [script, .. arguments], ConformancePaths.Js, null, s_scriptTimeout, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {exitCode}: {stderr}");
        }

        return stdout;
    }

    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken = default)
    {
        await s_installGate.WaitAsync(cancellationToken);
        try
        {
            if (s_installed)
            {
                return;
            }

            var marker = Path.Combine(ConformancePaths.Js, "node_modules", "graphql", "package.json");
            if (!File.Exists(marker))
            {
                await NpmCiAsync(ConformancePaths.Js, cancellationToken);
            }

            s_installed = true;
        }
        finally
        {
            s_installGate.Release();
        }
    }

    /// <summary>`npm ci` from the committed package-lock.json, with a clear error when Node.js is not installed.</summary>
    public static async Task NpmCiAsync(string directory, CancellationToken cancellationToken)
    {
        int exitCode;
        string stdout;
        string stderr;
        try
        {
            (exitCode, stdout, stderr) = await ProcessRunner.RunAsync(
                "npm", ["ci", "--no-audit", "--no-fund"], directory, null, TimeSpan.FromMinutes(5), cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                "npm was not found on PATH. The GraphQL conformance tests compare the engine with graphql-js and need "
                + "Node.js 20+ and npm (apt-get install nodejs npm, or https://nodejs.org).", ex);
        }

        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                new StringBuilder($"npm ci failed in {directory} (exit {exitCode}).").AppendLine().Append(stdout).Append(stderr).ToString());
        }
    }
}
