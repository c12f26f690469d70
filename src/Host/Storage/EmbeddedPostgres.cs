using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// A private PostgreSQL cluster started from the machine's binaries, listening on loopback only, stopped on dispose.
/// PostgreSQL refuses to run as root, so when we are root the cluster runs as the unprivileged <c>postgres</c> user
/// and its files live where that user can write.
/// </summary>
internal sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string SuperUser = "datainclusion";
    private const string ServiceUser = "postgres";

    private readonly string _dataDirectory;
    private readonly string _binDirectory;
    private readonly string? _runAsUser;
    private readonly ILogger _logger;
    private bool _started;

    private EmbeddedPostgres(string dataDirectory, string binDirectory, string? runAsUser, ILogger logger)
    {
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        _runAsUser = runAsUser;
        _logger = logger;
    }

    public int Port { get; private set; }

    public string Password { get; private set; } = string.Empty;

    public string DataDirectory => _dataDirectory;

    /// <summary>Connection string to the given database of the running cluster.</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates the cluster under <paramref name="dataDirectory"/> if it does not exist, then starts it on a free port.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        var runAsUser = Environment.UserName == "root" ? ServiceUser : null;
        var resolvedDirectory = ResolveDataDirectory(Path.GetFullPath(dataDirectory), runAsUser, logger);
        var server = new EmbeddedPostgres(resolvedDirectory, PostgresBinaries.FindBinDirectory(), runAsUser, logger);
        await server.InitializeAsync(cancellationToken);
        await server.StartServerAsync(cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_started)
        {
            return;
        }

        _started = false;
        try
        {
            await RunPgCtlAsync(["stop", "-D", _dataDirectory, "-m", "fast", "-w"], CancellationToken.None);
            _logger.ClusterStopped(_dataDirectory);
        }
        catch (InvalidOperationException ex)
        {
            _logger.ClusterStopFailed(ex);
        }
    }

    /// <summary>Restarts the server on the same port (fast shutdown: sessions are cut), as an operator's restart would.</summary>
    public Task RestartAsync(CancellationToken cancellationToken) =>
        RunPgCtlAsync(["restart", "-D", _dataDirectory, "-m", "fast", "-w", "-t", "60", "-l", Path.Combine(_dataDirectory, "server.log")], cancellationToken);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(Path.GetDirectoryName(_dataDirectory)!, Path.GetFileName(_dataDirectory) + ".password");
        if (File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            Password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();
            return;
        }

        Directory.CreateDirectory(_dataDirectory);
        Password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await File.WriteAllTextAsync(passwordFile, Password, cancellationToken);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        // initdb reads the password from a file the service user can read; it is deleted right after.
        var initPasswordFile = Path.Combine(_dataDirectory, "..", $".initpw-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(initPasswordFile, Password, cancellationToken);
        try
        {
            await GrantToServiceUserAsync(_dataDirectory, cancellationToken);
            await GrantToServiceUserAsync(initPasswordFile, cancellationToken);
            _logger.CreatingCluster(_dataDirectory);
            await ProcessRunner.RunAsync(Path.Combine(_binDirectory, "initdb"),
                ["-D", _dataDirectory, "-U", SuperUser, "--pwfile", initPasswordFile, "--auth-local=scram-sha-256",
                 "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                _runAsUser, cancellationToken);
        }
        finally
        {
            File.Delete(initPasswordFile);
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        // A previous process may have died without stopping its cluster: stop it so we own the port we pick.
        if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid")))
        {
            try
            {
                await RunPgCtlAsync(["stop", "-D", _dataDirectory, "-m", "fast", "-w"], cancellationToken);
            }
            catch (InvalidOperationException)
            {
                // Stale pid file of a dead server: pg_ctl start copes with it.
            }
        }

        Port = FreeLoopbackPort();
        var options = $"-c listen_addresses=127.0.0.1 -p {Port} -c unix_socket_directories='' "
            + EmbeddedPostgresSettings.CommandLineOptions();
        await RunPgCtlAsync(["start", "-D", _dataDirectory, "-w", "-t", "60", "-l", Path.Combine(_dataDirectory, "server.log"), "-o", options],
            cancellationToken);
        _started = true;
        _logger.ClusterStarted(Port, _dataDirectory);
    }

    private Task<string> RunPgCtlAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(Path.Combine(_binDirectory, "pg_ctl"), arguments, _runAsUser, cancellationToken);

    private async Task GrantToServiceUserAsync(string path, CancellationToken cancellationToken)
    {
        if (_runAsUser is not null)
        {
            await ProcessRunner.RunAsync("chown", ["-R", $"{_runAsUser}:", path], null, cancellationToken);
        }
    }

    /// <summary>
    /// As root, the service user must be able to traverse every parent folder of the data directory. A clone under a
    /// private temporary folder (mode 700) does not allow it, so the cluster then lives under /var/tmp instead.
    /// </summary>
    private static string ResolveDataDirectory(string requested, string? runAsUser, ILogger logger)
    {
        if (runAsUser is null || ServiceUserCanTraverse(Path.GetDirectoryName(requested)!))
        {
            return requested;
        }

        var key = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(requested)))[..12].ToLowerInvariant();
        var fallback = Path.Combine("/var/tmp", "datainclusion", key, Path.GetFileName(requested));
        Directory.CreateDirectory(Path.GetDirectoryName(fallback)!);
        File.SetUnixFileMode(Path.Combine("/var/tmp", "datainclusion"), (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.GetDirectoryName(fallback)!, (UnixFileMode)0b111_101_101);
        logger.ClusterRelocated(runAsUser, requested, fallback);
        return fallback;
    }

    private static bool ServiceUserCanTraverse(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            if (!dir.Exists)
            {
                continue;
            }

            // Others need execute permission on each ancestor (the service user owns none of them).
            if ((dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
