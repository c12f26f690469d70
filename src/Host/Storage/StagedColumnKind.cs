namespace DataInclusion.Host.Storage;

/// <summary>The PostgreSQL column types a staged mart row can be written in from a JSON property (see <see cref="StagedRowLayout"/>).</summary>
internal enum StagedColumnKind
{
    Text,
    TextArray,
    Date,
    TimestampTz,
    Double,
    Numeric,
    Int16,
    Int32,
    Int64,
    Boolean,
    Jsonb,
    Uuid,
}
