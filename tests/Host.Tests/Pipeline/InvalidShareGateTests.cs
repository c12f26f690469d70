using DataInclusion.Host.Pipeline;
using DataInclusion.Host.Storage;

namespace DataInclusion.Host.Tests.Pipeline;

/// <summary>Issue 8: the gate compares the run's invalid share with the last publication's, not with zero.</summary>
public sealed class InvalidShareGateTests
{
    [Fact]
    public void FirstPublication_IsNeverGated() =>
        Assert.Null(InvalidShareGate.Check(new RunCounts(10, 1, 9, 0), null, 0.5));

    [Fact]
    public void SourceAlwaysHalfInvalid_StaysPublishable() =>
        Assert.Null(InvalidShareGate.Check(new RunCounts(100, 30, 70, 0), new RunCounts(100, 40, 60, 40), 0.5));

    [Fact]
    public void RiseAboveTheAllowedShare_IsRefused_WithTheSettingToChange()
    {
        var reason = InvalidShareGate.Check(new RunCounts(100, 40, 60, 0), new RunCounts(100, 98, 2, 98), 0.5);
        Assert.NotNull(reason);
        Assert.Contains("60 %", reason, StringComparison.Ordinal);
        Assert.Contains("Pipeline__MaxInvalidShare", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RiseOfExactlyTheAllowedShare_IsPublished() =>
        Assert.Null(InvalidShareGate.Check(new RunCounts(100, 50, 50, 0), new RunCounts(100, 100, 0, 100), 0.5));
}
