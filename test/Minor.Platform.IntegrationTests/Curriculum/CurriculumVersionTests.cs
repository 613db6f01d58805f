using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Curriculum;

/// <summary>
/// The curriculum board publishes a new version; a running cohort keeps the one it started with until its coordinator
/// moves it, and the move reports what changes for the cohort's assessment plans.
/// </summary>
public sealed class CurriculumVersionTests(PlatformFactory platform) : PlatformTest(platform)
{
    private static readonly object[] NewM1Outcomes =
    [
        new { code = "M1.1", description = "De student beschrijft aan de hand van drie vensters uit de Canon hoe het vak zich heeft ontwikkeld.", descriptionEn = "The student describes, using three windows of the Canon, how the field developed." },
        new { code = "M1.2", description = "De student analyseert een praktijkcasus met de twee hoofddoelen van samenlevingsopbouw (herschreven).", descriptionEn = "The student analyses a practice case against the two main goals (reworded)." },
        new { code = "M1.4", description = "De student reflecteert op de eigen rol als opbouwwerker in de wijk.", descriptionEn = "The student reflects on their own role as a community worker." },
    ];

    [Fact]
    public async Task ANewVersion_LeavesRunningCohortsOnTheirVersion_AndAMoveReportsWhatChangesForTheirPlans()
    {
        using var anonymous = Anonymous();
        var versions = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/curriculum/versions");
        versions.GetArrayLength().ShouldBe(1);
        versions[0].GetProperty("version").GetInt32().ShouldBe(1);
        versions[0].GetProperty("status").GetString().ShouldBe("published");
        versions[0].GetProperty("publishedOn").GetString().ShouldNotBeNull();

        var cohortId = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        await ModuleGrades.EnsurePublishedPlanAsync(lecturer, cohortId, "M1");

        using var board = await SignedInAsync(DemoAccounts.CurriculumBoard);
        using var created = await board.PostAsync("/api/v1/curriculum/versions", null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReadJsonAsync(created)).GetProperty("status").GetString().ShouldBe("draft");
        await ShouldRefuseAsync(await board.PostAsync("/api/v1/curriculum/versions", null), "Curriculum:DraftExists");

        var m1 = new { title = "Fundamenten van samenlevingsopbouw", titleEn = "Foundations of community development", ec = 5.0m, summary = "Nieuw", summaryEn = "New", learningOutcomes = NewM1Outcomes };
        (await board.PutAsJsonAsync("/api/v1/curriculum/versions/2/modules/M1", m1)).EnsureSuccessStatusCode();
        await ShouldRefuseAsync(await board.PutAsJsonAsync("/api/v1/curriculum/versions/1/modules/M1", m1), "Curriculum:VersionPublished");
        (await board.PutAsJsonAsync("/api/v1/curriculum/versions/1/modules/M1", m1)).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var lecturerTries = await lecturer.PutAsJsonAsync("/api/v1/curriculum/versions/2/modules/M1", m1);
        lecturerTries.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var bad = await board.PutAsJsonAsync("/api/v1/curriculum/versions/2/modules/M1", new
        {
            title = "", titleEn = "Foundations", ec = 5.25m,
            learningOutcomes = new[] { new { code = "M1.1", description = "Kan analyseren", descriptionEn = "Analyses" } },
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await ReadJsonAsync(bad)).GetProperty("errors");
        errors.TryGetProperty("title", out _).ShouldBeTrue();
        errors.TryGetProperty("ec", out _).ShouldBeTrue();
        errors.GetProperty("learningOutcomes[0].description")[0].GetString()!.ShouldContain("De student");

        (await board.PostAsync("/api/v1/curriculum/versions/2/publish", null)).EnsureSuccessStatusCode();
        await ShouldRefuseAsync(await board.DeleteAsync("/api/v1/curriculum/versions/2/modules/M5"), "Curriculum:VersionPublished");
        versions = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/curriculum/versions");
        versions.EnumerateArray().Select(v => v.GetProperty("status").GetString()).ShouldBe(["published", "published"]);

        var diff = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/curriculum/versions/1/diff/2");
        var change = diff.GetProperty("modules").EnumerateArray().Single();
        change.GetProperty("code").GetString().ShouldBe("M1");
        change.GetProperty("change").GetString().ShouldBe("changed");
        Codes(change, "outcomesAdded").ShouldBe(["M1.4"]);
        Codes(change, "outcomesRemoved").ShouldBe(["M1.3"]);
        Codes(change, "outcomesReworded").ShouldBe(["M1.1", "M1.2"]);
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/curriculum/modules")).EnumerateArray()
            .First(m => m.GetProperty("code").GetString() == "M1").GetProperty("learningOutcomes").GetArrayLength().ShouldBe(3);

        var planUrl = $"/api/v1/cohorts/{cohortId}/modules/M1/assessment-plan";
        OutcomeCodes(await lecturer.GetFromJsonAsync<JsonElement>(planUrl)).ShouldBe(["M1.1", "M1.2", "M1.3"], "the running cohort keeps version 1");
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        CohortVersion(await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cohorts"), cohortId).ShouldBe(1);

        var preview = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/curriculum-version/2");
        preview.GetProperty("moved").GetBoolean().ShouldBeFalse();
        var impact = preview.GetProperty("assessmentPlans").EnumerateArray().Single();
        impact.GetProperty("moduleCode").GetString().ShouldBe("M1");
        impact.GetProperty("impact").GetString().ShouldBe("outcomes-removed");
        Codes(impact, "learningOutcomes").ShouldBe(["M1.3"]);
        CohortVersion(await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cohorts"), cohortId).ShouldBe(1, "a preview moves nothing");

        using var zuid = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        (await zuid.GetAsync($"/api/v1/cohorts/{cohortId}/curriculum-version/2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ShouldRefuseAsync(await coordinator.PutAsJsonAsync($"/api/v1/cohorts/{cohortId}/curriculum-version", new { version = 7 }), "Tracks:VersionNotPublished");
        await ShouldRefuseAsync(await coordinator.PutAsJsonAsync($"/api/v1/cohorts/{cohortId}/curriculum-version", new { version = 1 }), "Tracks:SameCurriculumVersion");

        using var moved = await coordinator.PutAsJsonAsync($"/api/v1/cohorts/{cohortId}/curriculum-version", new { version = 2 });
        moved.EnsureSuccessStatusCode();
        (await ReadJsonAsync(moved)).GetProperty("moved").GetBoolean().ShouldBeTrue();
        CohortVersion(await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cohorts"), cohortId).ShouldBe(2);
        var plan = await lecturer.GetFromJsonAsync<JsonElement>(planUrl);
        OutcomeCodes(plan).ShouldBe(["M1.1", "M1.2", "M1.4"]);
        Codes(plan, "gaps").ShouldContain("M1.4");
    }

    private static async Task ShouldRefuseAsync(HttpResponseMessage response, string code)
    {
        using (response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            var problem = await ReadJsonAsync(response);
            problem.GetProperty("code").GetString().ShouldBe(code);
            problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    private static string[] Codes(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(c => c.GetString()!).Order(StringComparer.Ordinal).ToArray();

    private static string[] OutcomeCodes(JsonElement plan) =>
        plan.GetProperty("learningOutcomes").EnumerateArray().Select(o => o.GetProperty("code").GetString()!).ToArray();

    private static int CohortVersion(JsonElement cohorts, Guid cohortId) =>
        cohorts.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == cohortId).GetProperty("curriculumVersion").GetInt32();
}
