using Minor.Platform.Intake.Domain;

namespace Minor.Platform.UnitTests.Intake;

public sealed class SmallCellSuppressionTests
{
    private static long?[] Column(IReadOnlyList<long?[]> result) => result.Select(r => r[0]).ToArray();

    private static IReadOnlyList<long?[]> Suppress(int threshold, params long[] column) =>
        SmallCellSuppression.Apply(column.Select(v => new[] { v }).ToList(), threshold);

    [Fact]
    public void NoSmallCell_EverythingIsShown() =>
        Column(Suppress(5, 12, 7, 5, 0)).ShouldBe([12, 7, 5, 0]);

    [Fact]
    public void ACohortOfFour_IsHidden_AndTheNextSmallestWithIt_SoTheTotalCannotRevealIt()
    {
        // Shown alone, 4 = 21 − 12 − 5: the 5 must go too, and the 12 may stay.
        Column(Suppress(5, 12, 5, 4)).ShouldBe([12, null, null]);
    }

    [Fact]
    public void TwoHiddenOnes_WouldBeWorkedOutFromTheirSum_SoAThirdCellIsHidden()
    {
        // 1 + 1: whoever knows the total knows both are 1.
        Column(Suppress(5, 20, 9, 1, 1)).ShouldBe([20, null, null, null]);
    }

    [Fact]
    public void TwoHiddenFours_WouldBeWorkedOutFromTheirSum_SoAThirdCellIsHidden()
    {
        // Below 5 each, adding up to 8: both must be 4.
        Column(Suppress(5, 30, 6, 4, 4)).ShouldBe([30, null, null, null]);
    }

    [Fact]
    public void TwoHiddenCells_WhoseSumLeavesRoom_AreEnough()
    {
        // 3 + 2 = 5 could be 1 + 4, 2 + 3, 3 + 2 or 4 + 1.
        Column(Suppress(5, 30, 6, 3, 2)).ShouldBe([30, 6, null, null]);
    }

    [Fact]
    public void TheOnlyCell_BelowTheThreshold_IsHidden() =>
        Column(Suppress(5, 3, 0)).ShouldBe([null, 0]);

    [Fact]
    public void ZeroSaysNobody_AndIsShown() =>
        Column(Suppress(5, 0, 0, 9)).ShouldBe([0, 0, 9]);

    [Fact]
    public void TheThreshold_IsASetting() =>
        Column(Suppress(10, 40, 12, 9, 6)).ShouldBe([40, 12, null, null]);

    [Fact]
    public void EachMeasure_IsProtectedOnItsOwn()
    {
        var result = SmallCellSuppression.Apply([[12, 10], [6, 6], [4, 0]], 5);

        result.Select(r => r[0]).ShouldBe([12, null, null]);
        result.Select(r => r[1]).ShouldBe([10, 6, 0]);
    }
}
