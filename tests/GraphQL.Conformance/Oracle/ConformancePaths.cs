using System.Reflection;

namespace DataInclusion.GraphQL.Conformance.Oracle;

/// <summary>Locates the conformance folder (corpus, node scripts) from the path MSBuild stamps into the assembly.</summary>
public static class ConformancePaths
{
    public static string Root { get; } = FindRoot();

    public static string Js => Path.Combine(Root, "js");

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string KnownDifferences => Path.Combine(Root, "known-differences.json");

    private static string FindRoot()
    {
        var root = typeof(ConformancePaths).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ConformanceRoot")?.Value;
        if (root is null || !Directory.Exists(root))
        {
            throw new InvalidOperationException($"Conformance folder not found (ConformanceRoot metadata = '{root}').");
        }

        return root;
    }
}
