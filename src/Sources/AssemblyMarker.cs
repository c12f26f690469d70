namespace DataInclusion.Sources;
internal static class AssemblyMarker { }
