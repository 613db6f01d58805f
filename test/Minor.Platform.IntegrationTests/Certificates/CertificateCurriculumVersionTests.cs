using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Certificates;

/// <summary>
/// A certificate states the module as the student's cohort followed it: a newer curriculum version that renames one
/// module and drops another changes neither the title on the certificate nor whether it can be issued.
/// </summary>
public sealed class CertificateCurriculumVersionTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task ModuleCertificates_FollowTheCohortsCurriculumVersion_NotTheNewest()
    {
        using var anonymous = Anonymous();
        var followed = (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/curriculum/modules")).EnumerateArray()
            .ToDictionary(m => m.GetProperty("code").GetString()!, m => m.GetProperty("title").GetString()!);
        using var board = await SignedInAsync(DemoAccounts.CurriculumBoard);
        await CurriculumVersions.PublishRenamingM1AndDroppingM5Async(board);

        await PublishResultAsync("noord", "M1", 7.5m);
        await PublishResultAsync("noord", "M5", 8.0m);

        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var m1 = await IssuedCertificateAsync(student, "M1 ");
        var m5 = await IssuedCertificateAsync(student, "M5 ");
        m1.GetProperty("title").GetString().ShouldBe($"M1 {followed["M1"]}");
        m5.GetProperty("title").GetString().ShouldBe($"M5 {followed["M5"]}");
        followed["M1"].ShouldNotBe(CurriculumVersions.RenamedM1);
    }
}
