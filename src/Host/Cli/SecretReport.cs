namespace DataInclusion.Host.Cli;

/// <summary>
/// How <c>producers</c> and <c>tokens</c> end: a new secret alone on stdout (so scripts can capture it), everything else
/// on stderr; a refused value exits with <see cref="RunCommand.ExitUsage"/>.
/// </summary>
internal static class SecretReport
{
    /// <param name="subject">The producer's slug or the token's name, prefixing each message.</param>
    public static async Task<int> WriteAsync(string subject, string? token, string? problem)
    {
        if (problem is not null)
        {
            await Console.Error.WriteLineAsync($"{subject}: {problem}");
            return RunCommand.ExitUsage;
        }

        if (token is not null)
        {
            await Console.Out.WriteLineAsync(token);
            await Console.Error.WriteLineAsync($"{subject}: token printed above, shown this once; only its SHA-256 is stored.");
        }
        else
        {
            await Console.Error.WriteLineAsync($"{subject}: done.");
        }

        return 0;
    }
}
