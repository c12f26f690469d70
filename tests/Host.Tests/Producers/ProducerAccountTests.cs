using System.Security.Cryptography;
using System.Text;
using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Producers;
using DataInclusion.Host.Tests.Api;
using DataInclusion.Host.Tests.Infrastructure;
using Npgsql;

namespace DataInclusion.Host.Tests.Producers;

/// <summary>Producer accounts: tokens stored hashed and checked per producer, slugs, and their sources in the catalog.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ProducerAccountTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Add_ReturnsATokenThatIsStoredOnlyAsItsSha256()
    {
        var (db, admin, _) = await CreateAsync();

        var (token, problem) = await admin.AddAsync("reseau-35", "Réseau 35", "contact@reseau35.fr", inOpenData: true, CancellationToken.None);

        Assert.Null(problem);
        Assert.StartsWith(ProducerToken.Prefix, token, StringComparison.Ordinal);
        Assert.True(token!.Length > 40, token);
        var row = await Sql.ScalarAsync<string>(db, "SELECT p::text FROM ops.producers p");
        Assert.DoesNotContain(token, row, StringComparison.Ordinal);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();
        Assert.Equal(1L, await Sql.ScalarAsync<long>(db, $"SELECT count(*) FROM ops.producers WHERE token_hash = '\\x{hash}'::bytea"));
    }

    [Fact]
    public async Task Check_TellsOwnTokenFromAnotherProducersFromUnknown_AndFollowsRotateAndRevoke()
    {
        var (_, admin, store) = await CreateAsync();
        var (first, _) = await admin.AddAsync("reseau-35", "Réseau 35", null, false, CancellationToken.None);
        var (other, _) = await admin.AddAsync("asso-44", "Asso 44", null, false, CancellationToken.None);

        Assert.Equal(TokenCheck.Valid, await store.CheckAsync("reseau-35", first!, CancellationToken.None));
        Assert.Equal(TokenCheck.OtherProducer, await store.CheckAsync("reseau-35", other!, CancellationToken.None));
        Assert.Equal(TokenCheck.Unknown, await store.CheckAsync("reseau-35", "dip_guessed", CancellationToken.None));

        var (rotated, _) = await admin.RotateAsync("reseau-35", CancellationToken.None);
        Assert.Equal(TokenCheck.Unknown, await store.CheckAsync("reseau-35", first!, CancellationToken.None));
        Assert.Equal(TokenCheck.Valid, await store.CheckAsync("reseau-35", rotated!, CancellationToken.None));

        Assert.Null(await admin.RevokeAsync("reseau-35", CancellationToken.None));
        Assert.Equal(TokenCheck.Unknown, await store.CheckAsync("reseau-35", rotated!, CancellationToken.None));
        Assert.NotNull(await admin.RevokeAsync("nobody", CancellationToken.None));
    }

    [Theory]
    [InlineData("Mon-Reseau", "not a valid slug")]
    [InlineData("mon_reseau", "not a valid slug")]
    [InlineData("a--b", "not a valid slug")]
    [InlineData("-ab", "not a valid slug")]
    [InlineData("x", "not a valid slug")]
    [InlineData("dora", "built-in source")]
    [InlineData("emplois-de-linclusion", "built-in source")]
    public async Task Add_RefusesSlugsOutsideTheConventionsOrShadowingABuiltInSource(string slug, string expected)
    {
        var (_, admin, _) = await CreateAsync();

        var (token, problem) = await admin.AddAsync(slug, "Name", null, false, CancellationToken.None);

        Assert.Null(token);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_RefusesATakenSlugAndAContactThatIsNoEmail()
    {
        var (_, admin, _) = await CreateAsync();
        await admin.AddAsync("reseau-35", "Réseau 35", null, false, CancellationToken.None);

        Assert.Contains("already exists", (await admin.AddAsync("reseau-35", "Again", null, false, CancellationToken.None)).Problem, StringComparison.Ordinal);
        Assert.Contains("not an e-mail", (await admin.AddAsync("autre", "Autre", "nobody", false, CancellationToken.None)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_HasTheBuiltInSourcesThenTheProducers_WithTheirOpenDataFlagAndFeed_AndGraphQLListsThem()
    {
        var (db, admin, store) = await CreateAsync();
        await admin.AddAsync("reseau-35", "Réseau 35", null, inOpenData: true, CancellationToken.None);
        await admin.AddAsync("asso-44", "Asso 44", null, inOpenData: false, CancellationToken.None);
        await store.SetFeedAsync("asso-44", new ProducerFeed("https://example.org/s.json", null, null, "0 15 2 * * ?"), CancellationToken.None);
        await using var dataSource = NpgsqlDataSource.Create(db);
        var catalog = new SourceCatalog(dataSource, TimeProvider.System);

        var all = await catalog.AllAsync(CancellationToken.None);

        Assert.Equal([.. SourceRegistry.All.Select(s => s.Slug), "asso-44", "reseau-35"], all.Select(s => s.Slug));
        var pushOnly = (await catalog.FindAsync("reseau-35", CancellationToken.None))!;
        Assert.True(pushOnly.InOpenData);
        Assert.False(pushOnly.IsPulled);
        var pulled = (await catalog.FindAsync("asso-44", CancellationToken.None))!;
        Assert.False(pulled.InOpenData);
        Assert.True(pulled.IsPulled);
        Assert.Equal("0 15 2 * * ?", pulled.Schedule);
        Assert.Null(await catalog.FindAsync("nobody", CancellationToken.None));

        var data = await MartsSchema.DataAsync(MartsSchema.Build(dataSource), "{ sources { slug description inOpenData } }");
        var producer = data.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("slug").GetString() == "reseau-35");
        Assert.Equal("Réseau 35", producer.GetProperty("description").GetString());
        Assert.True(producer.GetProperty("inOpenData").GetBoolean());
    }

    private async Task<(string Db, ProducerAdmin Admin, ProducerStore Store)> CreateAsync()
    {
        var db = await postgres.CreateDatabaseAsync();
        var store = new ProducerStore(NpgsqlDataSource.Create(db), TimeProvider.System);
        return (db, new ProducerAdmin(store), store);
    }
}
