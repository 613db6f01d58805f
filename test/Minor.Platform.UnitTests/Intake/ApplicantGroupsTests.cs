using Minor.Platform.Intake.Domain;

namespace Minor.Platform.UnitTests.Intake;

public sealed class ApplicantGroupsTests
{
    [Theory]
    [InlineData("Politie", "politie")]
    [InlineData("  POLITIE ", "politie")]
    [InlineData("Woning  corporatie", "woning corporatie")]
    [InlineData("jeugd\tzorg", "jeugd zorg")]
    public void SectorKey_IgnoresCaseAndSpacing(string sector, string key) =>
        ApplicantGroups.SectorKey(sector).ShouldBe(key);

    [Theory]
    [InlineData("politie", "Politie")]
    [InlineData("sportbedrijf", "Sportbedrijf")]
    public void SectorLabel_UsesTheSuggestionsSpelling(string key, string label) =>
        ApplicantGroups.SectorLabel(key).ShouldBe(label);

    [Theory]
    [InlineData("noord-brabant", "Noord-Brabant")]
    [InlineData(" Utrecht ", "Utrecht")]
    [InlineData("Fryslân", "Friesland")]
    [InlineData("Amersfoort", null)]
    [InlineData(null, null)]
    public void Province_AcceptsTheTwelveProvincesOnly(string? input, string? province) =>
        ApplicantGroups.Province(input).ShouldBe(province);

    [Theory]
    [InlineData(0, "0-1")]
    [InlineData(1, "0-1")]
    [InlineData(2, "2-4")]
    [InlineData(9, "5-9")]
    [InlineData(10, "10+")]
    public void ExperienceBand(int years, string band)
    {
        var application = new Application(
            Guid.NewGuid(), "Kees", "Jansen", "kees@example.nl", "REG", new ApplicantBackground("Zorg", years, "hbo", "Utrecht"), "Motivatie",
            DateTimeOffset.UtcNow);

        ApplicantGroups.ExperienceBand.Compile()(application).ShouldBe(band);
    }

    [Theory]
    [InlineData(ApplicationStatus.Rejected, new[] { ApplicationStatus.IntakePlanned, ApplicationStatus.IntakeHeld, ApplicationStatus.Rejected })]
    [InlineData(ApplicationStatus.Started, new[] { ApplicationStatus.IntakePlanned, ApplicationStatus.IntakeHeld, ApplicationStatus.Admitted, ApplicationStatus.Started })]
    [InlineData(ApplicationStatus.Submitted, new ApplicationStatus[0])]
    public void PathTo_FollowsThePipeline(ApplicationStatus final, ApplicationStatus[] path) =>
        IntakePipeline.PathTo(final).ShouldBe(path);

    [Fact]
    public void Period_IsTheCalendarYearInDutchTime()
    {
        // Half past midnight on New Year's Day in Utrecht is still the old year in UTC.
        var application = new Application(
            Guid.NewGuid(), "Kees", "Jansen", "kees@example.nl", "REG", new ApplicantBackground("Zorg", 3, "hbo", "Utrecht"), "Motivatie",
            new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero));

        application.Period.ShouldBe(2026);
    }
}
