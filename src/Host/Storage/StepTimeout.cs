using Npgsql;

namespace DataInclusion.Host.Storage;

/// <summary>
/// Explicit timeouts for the long database steps of a run, and one clear error when one expires: Npgsql reports it as
/// "Exception while reading from stream", which tells an operator neither the step nor the setting to raise.
/// </summary>
internal static class StepTimeout
{
    /// <summary>Npgsql's unit: whole seconds, 0 for none.</summary>
    public static int Seconds(TimeSpan timeout) => timeout <= TimeSpan.Zero ? 0 : (int)Math.Ceiling(Math.Min(timeout.TotalSeconds, int.MaxValue));

    public static async Task<T> RunAsync<T>(string step, TimeSpan timeout, string setting, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (NpgsqlException exception) when (exception.InnerException is TimeoutException)
        {
            throw new TimeoutException($"{step} took longer than {timeout} and was stopped: nothing of it is kept (raise {setting} if the data is that large)", exception);
        }
    }

    public static Task RunAsync(string step, TimeSpan timeout, string setting, Func<Task> action) =>
        RunAsync(step, timeout, setting, async () =>
        {
            await action();
            return true;
        });
}
