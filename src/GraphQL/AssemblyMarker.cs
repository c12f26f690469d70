namespace DataInclusion.GraphQL;
internal static class AssemblyMarker { }
