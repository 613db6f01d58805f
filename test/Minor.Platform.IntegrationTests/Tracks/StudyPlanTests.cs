using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Tracks;

/// <summary>
/// Study plans: made from the track at admission, changed by the coordinator until the cohort starts, changed by
/// the examencommissie's exemption decisions, and deciding when the minor is complete.
/// </summary>
public sealed class StudyPlanTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task AdmittedLateralEntrant_GetsTheTracksPlan_WhichTheCoordinatorChangesBeforeTheStart()
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        var next = await CohortAsync(coordinator, "Noord 2026-2027 semester 2");
        var studentId = await AdmitAsync(coordinator, "noord", "Z2", next, "jeroen.politie@example.nl");

        var plan = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/students/{studentId}/study-plan");

        plan.GetProperty("trackCode").GetString().ShouldBe("Z2");
        plan.GetProperty("editable").GetBoolean().ShouldBeTrue();
        plan.GetProperty("totalEc").GetDecimal().ShouldBe(30m);
        Items(plan).ShouldBe([("M1", "required"), ("M2", "required"), ("M3", "required"), ("M4", "required"), ("M5", "required"), ("BRUG", "bridging")]);
        plan.GetProperty("items")[5].GetProperty("title").GetString().ShouldBe("Basis sociaal werk en beroepsethiek");

        using var changed = await coordinator.PutAsJsonAsync($"/api/v1/students/{studentId}/study-plan", new
        {
            items = new[] { new { code = "M4", kind = "replaced", note = "Projectopdracht bij de eigen gemeente", noteEn = (string?)null } },
        });

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/students/{studentId}/study-plan");
        Items(after)[3].ShouldBe(("M4", "replaced"));
        after.GetProperty("items")[3].GetProperty("note").GetString().ShouldBe("Projectopdracht bij de eigen gemeente");
    }

    [Fact]
    public async Task APlan_FollowsTheCohortsCurriculumVersion_NotTheNewest()
    {
        using var board = await SignedInAsync(DemoAccounts.CurriculumBoard);
        using var anonymous = Anonymous();
        var m1 = (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/curriculum/modules")).EnumerateArray().First().GetProperty("title").GetString();
        await CurriculumVersions.PublishRenamingM1AndDroppingM5Async(board);
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        var next = await CohortAsync(coordinator, "Noord 2026-2027 semester 2");

        var studentId = await AdmitAsync(coordinator, "noord", "REG", next, "volgt.versie1@example.nl");

        var plan = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/students/{studentId}/study-plan");
        Items(plan).ShouldBe([("M1", "required"), ("M2", "required"), ("M3", "required"), ("M4", "required"), ("M5", "required")]);
        plan.GetProperty("items")[0].GetProperty("title").GetString().ShouldBe(m1);
        m1.ShouldNotBe(CurriculumVersions.RenamedM1);
    }

    [Fact]
    public async Task ChangingAPlan_AfterTheStart_OrWithBadLines_IsRefusedAndChangesNothing()
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        var next = await CohortAsync(coordinator, "Noord 2026-2027 semester 2");
        var studentId = await AdmitAsync(coordinator, "noord", "Z1", next, "sanne.wijkteam@example.nl");

        using var started = await coordinator.PutAsJsonAsync($"/api/v1/students/{zoe}/study-plan", new
        {
            items = new[] { new { code = "M4", kind = "replaced", note = "Iets anders" } },
        });
        using var bad = await coordinator.PutAsJsonAsync($"/api/v1/students/{studentId}/study-plan", new
        {
            items = new object[]
            {
                new { code = "M1", kind = "replaced", note = "Kort" }, new { code = "M9", kind = "required" },
                new { code = "M2", kind = "exempted" }, new { code = "M4", kind = "replaced", note = "" },
            },
        });

        started.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(started)).GetProperty("title").GetString()!.ShouldContain("1-9-2026");
        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(bad)).GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .ShouldBe(["items[1].code", "items[2].kind", "items[3].note"], ignoreOrder: true);
        Items(await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/students/{studentId}/study-plan"))
            .ShouldBe([("M1", "required"), ("M2", "required"), ("M3", "replaced"), ("M4", "required"), ("M5", "required")]);
        using var zuid = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        (await zuid.GetAsync($"/api/v1/students/{studentId}/study-plan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ExemptionDecisions_ChangeThePlan_AndTheStudentSeesIt()
    {
        var zoe = await MyIdAsync(DemoAccounts.Student("noord"));
        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("noord"));
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));

        (await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/exemptions", new { moduleCode = "M1", decision = "granted", reason = "Diploma en portfolio" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        using var partly = await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/exemptions", new
        {
            moduleCode = "M2", decision = "partly", reason = "Wijkanalyse al eerder gedaan", learningOutcomeCodes = new[] { "M2.1", "M2.2" },
        });
        using var partlyWithout = await examBoard.PostAsJsonAsync($"/api/v1/students/{zoe}/exemptions", new
        {
            moduleCode = "M3", decision = "partly", reason = "Deels", learningOutcomeCodes = new[] { "M2.1" },
        });

        partly.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadJsonAsync(partly)).GetProperty("learningOutcomeCodes").EnumerateArray().Select(c => c.GetString()).ShouldBe(["M2.1", "M2.2"]);
        partlyWithout.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var plan = await student.GetFromJsonAsync<JsonElement>("/api/v1/me/study-plan");
        Items(plan).Take(3).ShouldBe([("M1", "exempted"), ("M2", "required"), ("M3", "required")]);
        plan.GetProperty("items")[1].GetProperty("exemptedOutcomes").EnumerateArray().Select(c => c.GetString()).ShouldBe(["M2.1", "M2.2"]);
        plan.GetProperty("editable").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task MinorCompletes_OnlyWhenEveryLineIsDone_IncludingTheBridgingUnit()
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("midden"));
        using var examBoard = await SignedInAsync(DemoAccounts.ExamBoard("midden"));
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("midden"));
        var cohortId = await CohortOfAsync("midden");
        var studentId = await AdmitAsync(coordinator, "midden", "Z2", cohortId, "kofi.bibliotheek@example.nl");
        var applicationId = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications")).EnumerateArray()
            .Single(a => a.GetProperty("studentId").ValueKind == JsonValueKind.String && a.GetProperty("studentId").GetGuid() == studentId).GetProperty("id").GetGuid();
        (await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/status", new { status = "Started" })).EnsureSuccessStatusCode();
        foreach (var module in new[] { "M3", "M4", "M5" })
        {
            (await examBoard.PostAsJsonAsync($"/api/v1/students/{studentId}/exemptions", new { moduleCode = module, decision = "granted", reason = "EVC" }))
                .EnsureSuccessStatusCode();
        }

        await ModuleGrades.PublishAsync(lecturer, cohortId, "M1", studentId, 7.0m);
        await ModuleGrades.PublishAsync(lecturer, cohortId, "M2", studentId, 6.5m);

        (await StatusAsync(coordinator, applicationId)).ShouldBe("Started", "the bridging unit is still open");
        using var passed = await coordinator.PostAsync($"/api/v1/students/{studentId}/study-plan/bridging-units/BRUG/pass", null);
        passed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadJsonAsync(passed)).GetProperty("items")[5].GetProperty("passedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await StatusAsync(coordinator, applicationId)).ShouldBe("Completed");
        (await coordinator.PostAsync($"/api/v1/students/{studentId}/study-plan/bridging-units/M1/pass", null)).StatusCode
            .ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    private static async Task<string> StatusAsync(HttpClient coordinator, Guid applicationId) =>
        (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications")).EnumerateArray()
        .Single(a => a.GetProperty("id").GetGuid() == applicationId).GetProperty("status").GetString()!;

    private static List<(string, string)> Items(JsonElement plan) =>
        plan.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("code").GetString()!, i.GetProperty("kind").GetString()!)).ToList();

    private static async Task<Guid> CohortAsync(HttpClient coordinator, string name) =>
        (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cohorts")).EnumerateArray()
        .Single(c => c.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private async Task<Guid> AdmitAsync(HttpClient coordinator, string institution, string track, Guid cohortId, string email)
    {
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", new
        {
            firstName = "Zij", lastName = "Instromer", email, institutionCode = institution, trackCode = track,
            background = new { sector = "Politie", yearsExperience = 9, educationLevel = "mbo", region = "Utrecht" },
            motivation = "Ik wil de overstap maken.", consent = true,
        });
        var applicationId = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId });
        admitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await ReadJsonAsync(admitted)).GetProperty("studentId").GetGuid();
    }
}
