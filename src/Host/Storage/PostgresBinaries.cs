namespace DataInclusion.Host.Storage;

/// <summary>Finds the PostgreSQL server binaries (initdb, pg_ctl) on this machine.</summary>
internal static class PostgresBinaries
{
    /// <summary>
    /// Looks in <c>DATAINCLUSION_PG_BIN</c>, then on PATH, then in Debian's versioned folders
    /// (<c>/usr/lib/postgresql/&lt;major&gt;/bin</c>, highest major first), where apt puts them without touching PATH.
    /// </summary>
    public static string FindBinDirectory()
    {
        var candidates = new List<string>();
        var configured = Environment.GetEnvironmentVariable("DATAINCLUSION_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            candidates.Add(configured);
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        candidates.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));

        const string DebianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(DebianRoot))
        {
            candidates.AddRange(Directory.GetDirectories(DebianRoot)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        foreach (var dir in candidates)
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH nor in /usr/lib/postgresql/*/bin. " +
            "Install them (Debian: apt-get install postgresql) or set DATAINCLUSION_DB to an existing server's connection string.");
    }
}
