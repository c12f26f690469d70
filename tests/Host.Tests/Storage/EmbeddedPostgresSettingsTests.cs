using DataInclusion.Host.Storage;
using DataInclusion.Host.Tests.Infrastructure;

namespace DataInclusion.Host.Tests.Storage;

/// <summary>The private cluster starts with its own settings (no fsync, 200 connections), not PostgreSQL's defaults.</summary>
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
}
