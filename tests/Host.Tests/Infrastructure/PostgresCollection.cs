namespace DataInclusion.Host.Tests.Infrastructure;

/// <summary>Test classes in this collection share one PostgreSQL server (each test still gets its own database).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
