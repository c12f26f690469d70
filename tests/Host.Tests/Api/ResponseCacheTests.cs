using DataInclusion.Host.Api;

namespace DataInclusion.Host.Tests.Api;

/// <summary>The response cache's store: its bytes bound, its recency order, its expiry, and its emptying.</summary>
public sealed class ResponseCacheTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void TotalBytes_StayWithinTheBound_LeastRecentlyUsedOut()
    {
        var cache = Listening(maxBytes: 1000);
        cache.Add("a", new byte[400], Version(cache));
        cache.Add("b", new byte[400], Version(cache));
        Assert.NotNull(cache.Get("a", out _));

        cache.Add("c", new byte[400], Version(cache));

        Assert.True(cache.Bytes <= 1000, $"{cache.Bytes} bytes");
        Assert.NotNull(cache.Get("a", out _));
        Assert.Null(cache.Get("b", out _));
        Assert.NotNull(cache.Get("c", out _));
    }

    [Fact]
    public void ResponseLargerThanTheBound_IsNotKept()
    {
        var cache = Listening(maxBytes: 1000);
        cache.Add("small", new byte[10], Version(cache));

        cache.Add("big", new byte[1001], Version(cache));

        Assert.Null(cache.Get("big", out _));
        Assert.NotNull(cache.Get("small", out _));
        Assert.Equal(10, cache.Bytes);
    }

    [Fact]
    public void ResponseComputedBeforeTheCacheWasEmptied_IsNotKept()
    {
        var cache = Listening(maxBytes: 1000);
        Assert.Null(cache.Get("k", out var version));

        cache.Clear();
        cache.Add("k", new byte[10], version);

        Assert.Null(cache.Get("k", out _));
    }

    [Fact]
    public void Clear_DropsEveryEntry()
    {
        var cache = Listening(maxBytes: 1000);
        cache.Add("k", new byte[10], Version(cache));

        cache.Clear();

        Assert.Null(cache.Get("k", out _));
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void Entry_ExpiresAfterItsTtl_EvenWithoutANotification()
    {
        var cache = Listening(maxBytes: 1000);
        cache.Add("k", new byte[10], Version(cache));

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.NotNull(cache.Get("k", out _));
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Null(cache.Get("k", out _));
    }

    [Fact]
    public void WhileNobodyListensForPublications_NothingIsKept()
    {
        var cache = new ResponseCache(1000, TimeSpan.FromSeconds(60), _ => ApiCaller.Anonymous, _clock);
        cache.Add("k", new byte[10], Version(cache));
        Assert.Null(cache.Get("k", out _));

        cache.SetListening(true);
        cache.Add("k", new byte[10], Version(cache));
        cache.SetListening(false);

        Assert.Null(cache.Get("k", out _));
    }

    [Fact]
    public void Partition_IsTheCallersHiddenSources_WhateverTheirOrder()
    {
        var hidesTwo = new ApiCaller("a", ApiScope.Api, [], ["b-source", "a-source"]);
        var hidesTwoOtherOrder = new ApiCaller(null, null, [], ["a-source", "b-source"]);
        var grantedOne = new ApiCaller("c", ApiScope.Api, ["a-source"], ["a-source", "b-source"]);

        Assert.Equal(ResponseCache.PartitionOf(hidesTwo), ResponseCache.PartitionOf(hidesTwoOtherOrder));
        Assert.NotEqual(ResponseCache.PartitionOf(hidesTwo), ResponseCache.PartitionOf(grantedOne));
    }

    private ResponseCache Listening(long maxBytes)
    {
        var cache = new ResponseCache(maxBytes, TimeSpan.FromSeconds(60), _ => ApiCaller.Anonymous, _clock);
        cache.SetListening(true);
        return cache;
    }

    private static long Version(ResponseCache cache)
    {
        cache.Get("\u0000version", out var version);
        return version;
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
