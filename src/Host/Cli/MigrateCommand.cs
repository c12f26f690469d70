using System.CommandLine;

namespace DataInclusion.Host.Cli;

/// <summary><c>migrate</c>: applies the SQL migrations of schema/migrations (start-up does it too).</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply the database migrations (idempotent).");
        command.SetAction(async (_, cancellationToken) =>
        {
            // Starting the runtime migrates; nothing else to do.
            await using var runtime = await HostRuntime.StartAsync(cancellationToken);
            Console.Out.WriteLine($"Database is up to date ({runtime.Database.Description}).");
            return 0;
        });
        return command;
    }
}
