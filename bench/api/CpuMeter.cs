using System.Globalization;

namespace DataInclusion.Api.Bench;

/// <summary>
/// CPU time (user + system, from /proc) of the processes a load involves: the API server, the PostgreSQL cluster (its
/// postmaster and backends) and this load generator. Per request it says what each layer costs whatever else runs on
/// the machine, which wall-clock latencies on a shared machine cannot.
/// </summary>
internal sealed class CpuMeter(int? serverPid, int postmasterPid)
{
    // Linux reports utime/stime in clock ticks of USER_HZ, 100 per second on every mainstream architecture.
    private const double MillisecondsPerTick = 10;

    public static CpuMeter ForCluster(int? serverPid, string dataDirectory) =>
        new(serverPid, int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture));

    public CpuSample Sample()
    {
        long postgres = 0, background = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && Stat(pid) is { } stat && (pid == postmasterPid || stat.ParentPid == postmasterPid))
            {
                // Autovacuum after a publication is not the queries' cost: counted apart.
                if (IsAutovacuum(pid))
                {
                    background += stat.Ticks;
                }
                else
                {
                    postgres += stat.Ticks;
                }
            }
        }

        return new CpuSample(serverPid is { } server ? Stat(server)?.Ticks ?? 0 : 0, postgres, Stat(Environment.ProcessId)?.Ticks ?? 0, background);
    }

    public static string Describe(CpuSample before, CpuSample after, int requests, bool withServer) => string.Create(CultureInfo.InvariantCulture,
        $"CPU ms per request: {(withServer ? $"API server {(after.Server - before.Server) * MillisecondsPerTick / requests:F2}, " : "")}"
        + $"PostgreSQL {(after.Postgres - before.Postgres) * MillisecondsPerTick / requests:F2}, "
        + $"this process (load generator{(withServer ? "" : " + engine/SQL client")}) {(after.Self - before.Self) * MillisecondsPerTick / requests:F2}; "
        + $"autovacuum meanwhile {(after.Background - before.Background) * MillisecondsPerTick:F0} ms");

    private static bool IsAutovacuum(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains("autovacuum", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static (int ParentPid, long Ticks)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // The command name may hold spaces and parentheses: fields are counted after its closing parenthesis.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (int.Parse(fields[1], CultureInfo.InvariantCulture),
                long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>Cumulated CPU ticks of the server, the cluster's backends, this process and autovacuum at one instant.</summary>
internal sealed record CpuSample(long Server, long Postgres, long Self, long Background);
