using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Assessment;

/// <summary>Rubrics: criteria per learning outcome, a proposed grade by the documented formula, overrides with a reason.</summary>
public sealed class RubricTests(PlatformFactory platform) : AssessmentTest(platform)
{
    private static readonly object Rubric = new
    {
        criteria = new object[]
        {
            new
            {
                title = "Analyse van de buurt", learningOutcomeCode = "M2.1",
                levels = new[] { new { descriptor = "Beschrijvend, zonder bronnen", points = 0m }, new { descriptor = "Onderbouwd met cijfers of verhalen", points = 3m }, new { descriptor = "Cijfers en verhalen verbonden", points = 5m } },
            },
            new
            {
                title = "Rapportage aan bewoners", learningOutcomeCode = "M2.3",
                levels = new[] { new { descriptor = "Niet afgestemd op lezers", points = 0m }, new { descriptor = "Begrijpelijk", points = 2m }, new { descriptor = "Helder en bruikbaar", points = 4m } },
            },
        },
    };

    [Fact]
    public async Task GradingThroughTheRubric_ProposesTheGrade_AnOverrideNeedsAReason_AndTheStudentSeesLevelsPerOutcome()
    {
        var (cohortId, reportId, presentationId) = await PublishedM2PlanAsync();
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        using var first = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var second = await SignedInAsync(DemoAccounts.SecondLecturer("noord"));

        using var set = await first.PutAsJsonAsync($"/api/v1/assessments/{reportId}/rubric", Rubric);
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rubric = await ReadJsonAsync(set);
        rubric.GetProperty("maxPoints").GetDecimal().ShouldBe(9m);
        var criteria = rubric.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();

        using var firstGrade = await first.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new
        {
            studentId = zoe, rubric = new[] { new { criterionId = criteria[0], level = 2 }, new { criterionId = criteria[1], level = 1 } },
        });
        var proposed = await ReadJsonAsync(firstGrade);
        proposed.GetProperty("proposedGrade").GetDecimal().ShouldBe(8.0m); // 1 + 9 × 7 ÷ 9

        var choices = new[] { new { criterionId = criteria[0], level = 1 }, new { criterionId = criteria[1], level = 2 } };
        using var silentOverride = await second.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, grade = 8.5m, rubric = choices });
        (await ReadJsonAsync(silentOverride)).GetProperty("errors").GetProperty("overrideReason")[0].GetString()!.ShouldContain("8,0");
        using var incomplete = await second.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new { studentId = zoe, rubric = choices.Take(1) });
        (await ReadJsonAsync(incomplete)).GetProperty("errors").GetProperty("rubric")[0].GetString()!.ShouldContain("Rapportage aan bewoners");
        using var overridden = await second.PostAsJsonAsync($"/api/v1/assessments/{reportId}/grades", new
        {
            studentId = zoe, grade = 8.5m, rubric = choices, overrideReason = "Uitzonderlijk sterke bronnenlijst",
        });
        var settled = await ReadJsonAsync(overridden);
        settled.GetProperty("state").GetString().ShouldBe("final");
        settled.GetProperty("grade").GetDecimal().ShouldBe(8.3m); // mean of 8.0 and 8.5

        using var lateChange = await first.PutAsJsonAsync($"/api/v1/assessments/{reportId}/rubric", Rubric);
        (await ReadJsonAsync(lateChange)).GetProperty("code").GetString().ShouldBe("Assessment:RubricInUse");

        await first.PostAsJsonAsync($"/api/v1/assessments/{presentationId}/grades", new { studentId = zoe, grade = 7.0m });
        (await first.PostAsync($"/api/v1/assessments/{reportId}/grades/publish", null)).EnsureSuccessStatusCode();
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var progress = await student.GetFromJsonAsync<JsonElement>("/api/v1/me/modules/M2/progress");
        var analysis = progress.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("code").GetString() == "M2.1").GetProperty("rubric");
        analysis.EnumerateArray().Select(r => r.GetProperty("level").GetString()).ShouldBe(["Cijfers en verhalen verbonden", "Onderbouwd met cijfers of verhalen"]);
        analysis[0].GetProperty("maxPoints").GetDecimal().ShouldBe(5m);

        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));
        var log = await examBoard.GetFromJsonAsync<JsonElement>($"/api/v1/audit/grades?studentId={zoe}");
        log.EnumerateArray().ShouldContain(e => e.GetProperty("reason").GetString() == "Uitzonderlijk sterke bronnenlijst");
    }

    [Fact]
    public async Task SetRubric_BadInput_IsRefusedPerCriterion()
    {
        var (_, reportId, _) = await PublishedM2PlanAsync();
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));

        using var bad = await lecturer.PutAsJsonAsync($"/api/v1/assessments/{reportId}/rubric", new
        {
            criteria = new object[]
            {
                new { title = "Presenteren", learningOutcomeCode = "M2.4", levels = new[] { new { descriptor = "Goed", points = 2m }, new { descriptor = "Slecht", points = 0m } } },
                new { title = "", learningOutcomeCode = "M2.1", levels = new[] { new { descriptor = "Alles", points = 1m } } },
            },
        });
        var errors = (await ReadJsonAsync(bad)).GetProperty("errors");
        errors.GetProperty("criteria[0].learningOutcomeCode")[0].GetString()!.ShouldContain("M2.4");
        errors.GetProperty("criteria[1].title").GetArrayLength().ShouldBe(1);
        errors.GetProperty("criteria[1].levels")[0].GetString()!.ShouldContain("2 tot 6");
        (await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/assessments/{reportId}/rubric")).GetProperty("criteria").GetArrayLength().ShouldBe(0);
        (await student.PutAsJsonAsync($"/api/v1/assessments/{reportId}/rubric", Rubric)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
