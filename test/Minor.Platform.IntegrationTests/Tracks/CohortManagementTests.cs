using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.IntegrationTests.Intake;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Tracks;

/// <summary>
/// A coordinator opens, changes, closes and archives the cohorts of their own hogeschool (no seed file needed), and
/// admission holds to them: a closed, archived or full cohort is a clear refusal.
/// </summary>
public sealed class CohortManagementTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task Coordinator_OpensACohortForTheNextPeriod_AndSeesItInTheList()
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var created = await coordinator.PostAsJsonAsync("/api/v1/cohorts", new
        {
            name = "Noord 2027-2028 semester 1", startsOn = "2027-09-01", endsOn = "2028-01-31", capacity = 20, curriculumVersion = 1,
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var cohort = await ReadJsonAsync(created);
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/cohorts/{cohort.GetProperty("id").GetGuid()}");
        cohort.GetProperty("institutionCode").GetString().ShouldBe("noord");
        cohort.GetProperty("capacity").GetInt32().ShouldBe(20);
        cohort.GetProperty("enrolmentOpen").GetBoolean().ShouldBeTrue();
        var list = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cohorts");
        list.EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldContain("Noord 2027-2028 semester 1");
        using var zuid = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        (await zuid.GetFromJsonAsync<JsonElement>("/api/v1/cohorts")).EnumerateArray().Select(c => c.GetProperty("name").GetString())
            .ShouldNotContain("Noord 2027-2028 semester 1");
    }

    [Fact]
    public async Task OpeningACohort_WithBadInput_Is422PerField_AndOpensNothing()
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var refused = await coordinator.PostAsJsonAsync("/api/v1/cohorts", new
        {
            name = "Noord 2026-2027 semester 1", startsOn = "2027-09-01", endsOn = "2027-08-01", capacity = 0, curriculumVersion = 99,
        });

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await ReadJsonAsync(refused)).GetProperty("errors");
        errors.GetProperty("name")[0].GetString().ShouldBe("Je hogeschool heeft al een cohort met deze naam.");
        errors.GetProperty("endsOn")[0].GetString().ShouldBe("De einddatum moet na de begindatum liggen.");
        errors.GetProperty("capacity")[0].GetString()!.ShouldStartWith("Geef een capaciteit van 1 tot 1000");
        errors.GetProperty("curriculumVersion")[0].GetString().ShouldBe("Curriculumversie 99 bestaat niet of is nog niet gepubliceerd.");
        (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cohorts")).GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task OnlyTheCoordinatorOfTheHogeschool_ChangesItsCohort()
    {
        var noordCohort = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var zuid = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        var change = new { name = "Gekaapt", startsOn = "2026-09-01", endsOn = "2027-01-31" };

        (await lecturer.PostAsJsonAsync("/api/v1/cohorts", change)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lecturer.PutAsJsonAsync($"/api/v1/cohorts/{noordCohort}", change)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await zuid.PutAsJsonAsync($"/api/v1/cohorts/{noordCohort}", change)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var noord = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        (await noord.GetFromJsonAsync<JsonElement>("/api/v1/cohorts")).EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldNotContain("Gekaapt");
    }

    [Fact]
    public async Task ClosedOrFullCohort_RefusesAdmission_WithAClearMessage()
    {
        var cohortId = await CohortOfAsync("noord");
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        var closed = await coordinator.PutAsJsonAsync($"/api/v1/cohorts/{cohortId}", new
        {
            name = "Noord 2026-2027 semester 1", startsOn = "2026-09-01", endsOn = "2027-01-31", capacity = 1, enrolmentOpen = false,
        });
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());

        using var refusedClosed = await AdmitAsync(coordinator, "femke.dicht@example.nl", cohortId);
        refusedClosed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(refusedClosed)).GetProperty("title").GetString()!.ShouldStartWith("Cohort Noord 2026-2027 semester 1 neemt geen studenten meer aan");

        (await coordinator.PutAsJsonAsync($"/api/v1/cohorts/{cohortId}", new
        {
            name = "Noord 2026-2027 semester 1", startsOn = "2026-09-01", endsOn = "2027-01-31", capacity = 1, enrolmentOpen = true,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var refusedFull = await AdmitAsync(coordinator, "gijs.vol@example.nl", cohortId);
        refusedFull.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, "the demo student holds the one place");
        (await ReadJsonAsync(refusedFull)).GetProperty("title").GetString().ShouldBe(
            "Cohort Noord 2026-2027 semester 1 is vol (1 studenten). Kies een ander cohort of verhoog de capaciteit op de cohortpagina.");

        using var lowered = await coordinator.PutAsJsonAsync($"/api/v1/cohorts/{cohortId}", new
        {
            name = "Noord 2026-2027 semester 1", startsOn = "2026-09-01", endsOn = "2027-01-31", capacity = 2,
        });
        lowered.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AdmitAsync(coordinator, "gijs.vol@example.nl", cohortId)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var belowEnrolled = await coordinator.PutAsJsonAsync($"/api/v1/cohorts/{cohortId}", new
        {
            name = "Noord 2026-2027 semester 1", startsOn = "2026-09-01", endsOn = "2027-01-31", capacity = 1,
        });
        (await ReadJsonAsync(belowEnrolled)).GetProperty("errors").GetProperty("capacity")[0].GetString()
            .ShouldBe("Er zijn al 2 studenten ingeschreven; de capaciteit kan niet lager.");
    }

    [Fact]
    public async Task CohortThatIsOver_IsArchived_AndThenNeitherChangesNorAdmits()
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        var running = await CohortOfAsync("zuid");
        using var tooEarly = await coordinator.PostAsync($"/api/v1/cohorts/{running}/archive", null);
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(tooEarly)).GetProperty("code").GetString().ShouldBe("Tracks:CohortNotOver");

        using var created = await coordinator.PostAsJsonAsync("/api/v1/cohorts", new { name = "Zuid 2024-2025 semester 2", startsOn = "2025-02-01", endsOn = "2025-07-04" });
        var past = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        using var archived = await coordinator.PostAsync($"/api/v1/cohorts/{past}/archive", null);

        archived.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadJsonAsync(archived)).GetProperty("archived").GetBoolean().ShouldBeTrue();
        using var changed = await coordinator.PutAsJsonAsync($"/api/v1/cohorts/{past}", new { name = "Anders", startsOn = "2025-02-01", endsOn = "2025-07-04" });
        (await ReadJsonAsync(changed)).GetProperty("code").GetString().ShouldBe("Tracks:CohortArchived");
        using var admitted = await AdmitAsync(coordinator, "hanna.archief@example.nl", past);
        (await ReadJsonAsync(admitted)).GetProperty("code").GetString().ShouldBe("Intake:CohortClosed");
    }

    private async Task<HttpResponseMessage> AdmitAsync(HttpClient coordinator, string email, Guid cohortId)
    {
        var institution = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("institutionCode").GetString()!;
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication(email, institution, "REG"));
        created.IsSuccessStatusCode.ShouldBeTrue(await created.Content.ReadAsStringAsync());
        var applicationId = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        return await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId });
    }
}
