namespace DataInclusion.Normalize.Internal;

/// <summary>Reads the data files compiled into this assembly (schema, référentiels, mapping tables).</summary>
internal static class EmbeddedResources
{
    public static Stream Open(string logicalName) =>
        typeof(EmbeddedResources).Assembly.GetManifestResourceStream(logicalName)
        ?? throw new InvalidOperationException($"Embedded resource '{logicalName}' is missing from the assembly.");

    public static string ReadText(string logicalName)
    {
        using var reader = new StreamReader(Open(logicalName));
        return reader.ReadToEnd();
    }
}
