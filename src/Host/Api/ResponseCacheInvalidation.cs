using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using DataInclusion.Host.Pipeline;
using Npgsql;

namespace DataInclusion.Host.Api;

/// <summary>
/// Empties the <see cref="ResponseCache"/> when the marts change: migration 0180's statement triggers on the marts,
/// the runs and the producers' catalogue <c>NOTIFY</c> <see cref="Channel"/> from the changing transaction, which
/// PostgreSQL delivers at its commit (never for a rolled-back publication), to every API instance listening. While
/// this listener has no connection the cache is bypassed: a publication it cannot hear must not leave stale answers.
/// A run of this process empties it synchronously as well, before the run returns (<see cref="MartsChangedSignal"/>).
/// </summary>
internal sealed class ResponseCacheInvalidation(
    string connectionString, ResponseCache cache, ResponseCacheOptions options, ILogger<ResponseCacheInvalidation> logger, TimeProvider time,
    MartsChangedSignal? martsChanged = null) : BackgroundService
{
    public const string Channel = "datainclusion_marts_changed";

    private static readonly TimeSpan s_retry = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var sameProcessRuns = martsChanged?.Subscribe(cache.Clear);
        var settings = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // A dead server or network is noticed within a minute, not at the next notification that never comes.
            KeepAlive = 30,
            Pooling = false,
            ApplicationName = "datainclusion response cache",
        };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(settings.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => cache.Clear();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Anything published before this point was not heard: start empty.
                cache.SetListening(true);
                logger.Listening(options.MaxMegabytes, options.TtlSeconds);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                cache.SetListening(false);
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                cache.SetListening(false);
                logger.ListenerLost(exception, s_retry.TotalSeconds);
                await Task.Delay(s_retry, time, stoppingToken);
            }
        }
    }
}
