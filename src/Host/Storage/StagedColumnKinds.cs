namespace DataInclusion.Host.Storage;

/// <summary>Maps a catalog type name (<c>pg_type.typname</c>) to its <see cref="StagedColumnKind"/>.</summary>
internal static class StagedColumnKinds
{
    /// <summary>The kind of a column of type <paramref name="typeName"/>; throws for a type the writer cannot produce from JSON.</summary>
    public static StagedColumnKind Of(string column, string typeName) => typeName switch
    {
        "text" or "varchar" => StagedColumnKind.Text,
        "_text" => StagedColumnKind.TextArray,
        "date" => StagedColumnKind.Date,
        "timestamptz" => StagedColumnKind.TimestampTz,
        "float8" => StagedColumnKind.Double,
        "numeric" => StagedColumnKind.Numeric,
        "int2" => StagedColumnKind.Int16,
        "int4" => StagedColumnKind.Int32,
        "int8" => StagedColumnKind.Int64,
        "bool" => StagedColumnKind.Boolean,
        "jsonb" => StagedColumnKind.Jsonb,
        "uuid" => StagedColumnKind.Uuid,
        // A migration gave a mart a column of a type this writer does not know: say so at the start of the run,
        // rather than publish the column empty.
        _ => throw new NotSupportedException(
            $"The mart column \"{column}\" has type {typeName}, which the staged rows cannot be written in from JSON: add it to StagedColumnKinds."),
    };
}
