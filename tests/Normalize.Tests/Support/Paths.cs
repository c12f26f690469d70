using System.Runtime.CompilerServices;

namespace DataInclusion.Normalize.Tests.Support;

/// <summary>Locates the test sources (fixtures are read and golden files written beside them) and the repository root.</summary>
public static class Paths
{
    public static string Fixtures { get; } = Path.Combine(TestProjectDirectory(), "Fixtures");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(TestProjectDirectory(), "..", ".."));

    private static string TestProjectDirectory([CallerFilePath] string thisFile = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!;
}
