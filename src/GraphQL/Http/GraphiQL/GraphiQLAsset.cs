namespace DataInclusion.GraphQL.Http.GraphiQL;

/// <summary>One embedded GraphiQL file: its name (last URL segment), HTTP content type and bytes.</summary>
public sealed record GraphiQLAsset(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
