namespace DataInclusion.GraphQL.Types;

/// <summary>The five built-in scalars (GraphQL spec §3.5.1 – §3.5.5), shared by every schema.</summary>
public static class Scalars
{
    public static ScalarType Int { get; } = new IntScalar();

    public static ScalarType Float { get; } = new FloatScalar();

    public static ScalarType String { get; } = new StringScalar();

    public static ScalarType Boolean { get; } = new BooleanScalar();

    public static ScalarType ID { get; } = new IdScalar();

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(NamedType type) => type is IntScalar or FloatScalar or StringScalar or BooleanScalar or IdScalar;

    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
