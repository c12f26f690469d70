using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Storage;

/// <summary>The private cluster starts with its own settings (no fsync, 200 connections, a buffer cache sized to the machine), not PostgreSQL's defaults.</summary>
public sealed class EmbeddedPostgresSettingsTests : PrivateCluster
{
    [Fact]
    public async Task StartedCluster_ShowsTheChosenSettings()
    {
        var db = Server.ConnectionString();

        Assert.Equal("off", await Sql.ScalarAsync<string>(db, "SHOW fsync"));
        Assert.Equal("200", await Sql.ScalarAsync<string>(db, "SHOW max_connections"));
        foreach (var (name, value) in EmbeddedPostgresSettings.Settings)
        {
            Assert.Equal(value, await Sql.ScalarAsync<string>(db, $"SHOW {name}"));
        }
    }

    [Theory]
    [InlineData(1L << 30, "128MB")]
    [InlineData(3L << 30, "256MB")]
    [InlineData(6L << 30, "512MB")]
    [InlineData(24L << 30, "1GB")]
    public void SharedBuffers_GrowWithTheMachine_UpTo1GB(long memoryBytes, string expected) =>
        Assert.Equal(expected, EmbeddedPostgresSettings.SharedBuffers(memoryBytes));
}
