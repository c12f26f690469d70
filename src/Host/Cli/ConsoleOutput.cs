using Spectre.Console;
using Spectre.Console.Rendering;

namespace DataInclusion.Host.Cli;

/// <summary>Writes a table to stdout: colours on a terminal, plain ASCII at a fixed width otherwise (pipes, CI, logs).</summary>
internal static class ConsoleOutput
{
    public static void Write(IRenderable renderable, bool interactive)
    {
        if (interactive)
        {
            AnsiConsole.Write(renderable);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = 180;
        if (renderable is Table table)
        {
            table.Border(TableBorder.Ascii);
        }

        console.Write(renderable);
    }
}
