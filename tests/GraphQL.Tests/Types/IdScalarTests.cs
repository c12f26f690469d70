using System.Text.Json;
using DataInclusion.GraphQL.Types;

namespace DataInclusion.GraphQL.Tests.Types;

/// <summary>ID output coercion (GraphQL spec §3.5.5): integers become their exact decimal string.</summary>
public sealed class IdScalarTests
{
    [Fact]
    public void Serialize_LargestSafeInteger_IsExact()
    {
        // Regression: the value went through double and a 15-digit format, printing 9007199254740990.
        Assert.Equal("9007199254740991", Scalars.ID.Serialize(9007199254740991L));
        Assert.Equal("9007199254740991", Scalars.ID.Serialize(JsonDocument.Parse("9007199254740991").RootElement));
        Assert.Equal("9223372036854775807", Scalars.ID.Serialize(long.MaxValue));
    }

    [Fact]
    public void Serialize_IntegralDoubleAndString_AreAccepted_FractionsAreNot()
    {
        Assert.Equal("4", Scalars.ID.Serialize(4.0));
        Assert.Equal("abc", Scalars.ID.Serialize("abc"));
        Assert.Throws<GraphQLException>(() => Scalars.ID.Serialize(4.5));
        Assert.Throws<GraphQLException>(() => Scalars.ID.Serialize(true));
    }
}
