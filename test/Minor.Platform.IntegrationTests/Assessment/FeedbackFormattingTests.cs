using System.Net.Http.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Assessment;

/// <summary>Feedback is written in Markdown; the student reads it formatted, with anything that could run stripped.</summary>
public sealed class FeedbackFormattingTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task PublishedFeedback_IsFormatted_AndUnsafeHtmlIsStripped_OnTheStudentsModulePage()
    {
        var cohortId = await CohortOfAsync("noord");
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        var assessmentId = await ModuleGrades.EnsurePublishedPlanAsync(lecturer, cohortId, "M1");
        const string feedback = "**Sterke analyse** van de wijk.\n\n- bronnen: zie [CBS](https://www.cbs.nl)\n"
            + "<script>alert('xss')</script><img src=x onerror=\"alert(1)\">\n\n[klik](javascript:alert(2))";
        (await lecturer.PostAsJsonAsync($"/api/v1/assessments/{assessmentId}/grades", new { studentId = zoe, grade = 7.5m, feedback })).EnsureSuccessStatusCode();
        (await lecturer.PostAsync($"/api/v1/assessments/{assessmentId}/grades/publish", null)).EnsureSuccessStatusCode();

        using var student = await BrowserAsync(DemoAccounts.Student("noord"));
        var page = await student.GetStringAsync("/my/modules/M1");

        page.ShouldContain("<strong>Sterke analyse</strong>");
        page.ShouldContain("<a href=\"https://www.cbs.nl\" rel=\"noopener noreferrer nofollow\">CBS</a>");
        page.ShouldNotContain("alert(");
        page.ShouldNotContain("onerror");
        page.ShouldNotContain("javascript:");
    }
}
