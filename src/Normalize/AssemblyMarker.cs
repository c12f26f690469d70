namespace DataInclusion.Normalize;
internal static class AssemblyMarker { }
