using Minor.Platform.Certificates.Domain;

namespace Minor.Platform.UnitTests.Certificates;

public sealed class VerificationCodeTests
{
    [Fact]
    public void New_ManyCodes_AreUniqueAndNormalizeToThemselves()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => VerificationCode.New()).ToList();

        codes.Distinct().Count().ShouldBe(codes.Count);
        codes.ShouldAllBe(code => VerificationCode.Normalize(code) == code);
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn", "ABCDEFGHJKMN")]
    [InlineData(" ABCD EFGH JKMN ", "ABCDEFGHJKMN")]
    [InlineData("ABCDEFGHJKM", null)]
    [InlineData("ABCDEFGHJKM0", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_TypedByAPerson_AcceptsCaseAndSeparators(string? input, string? expected) =>
        VerificationCode.Normalize(input).ShouldBe(expected);
}
