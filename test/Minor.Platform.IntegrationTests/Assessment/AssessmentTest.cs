using System.Net.Http.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Assessment;

/// <summary>Base for assessment tests: the demo cohorts with a published M2 plan to grade against.</summary>
public abstract class AssessmentTest(PlatformFactory platform) : PlatformTest(platform)
{
    /// <summary>M2 as DOMAIN.md has it: the report (two examiners, 60 %) and the residents' presentation (40 %), published.</summary>
    protected async Task<(Guid CohortId, Guid ReportId, Guid PresentationId)> PublishedM2PlanAsync()
    {
        var cohortId = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        var module = $"/api/v1/cohorts/{cohortId}/modules/M2";
        using var report = await lecturer.PostAsJsonAsync($"{module}/assessments", AssessmentPlanTests.Report(60));
        using var presentation = await lecturer.PostAsJsonAsync($"{module}/assessments", AssessmentPlanTests.Presentation(40));
        (await lecturer.PostAsync($"{module}/assessment-plan/publish", null)).EnsureSuccessStatusCode();
        return (cohortId, (await ReadJsonAsync(report)).GetProperty("id").GetGuid(), (await ReadJsonAsync(presentation)).GetProperty("id").GetGuid());
    }
}
