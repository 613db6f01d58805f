using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Intake;

public sealed class IntakeApiTests(PlatformFactory platform) : PlatformTest(platform)
{
    public static object ValidApplication(string email = "fatima.elamrani@example.nl", string institution = "midden", string track = "Z2") => new
    {
        firstName = "Fatima",
        lastName = "El Amrani",
        email,
        institutionCode = institution,
        trackCode = track,
        background = new { sector = "Politie", yearsExperience = 12, educationLevel = "mbo", region = "Utrecht" },
        motivation = "Als wijkagent zag ik hoeveel bewoners zelf kunnen als iemand ze verbindt.",
        consent = true,
    };

    [Fact]
    public async Task Submit_ValidApplication_IsStoredAndSeenByTheCoordinatorOfThatInstitutionOnly()
    {
        using var anonymous = Anonymous();

        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", ValidApplication());

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        using var midden = await SignedInAsync(DemoAccounts.Coordinator("midden"));
        var applications = await midden.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications");
        var stored = applications.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id);
        stored.GetProperty("lastName").GetString().ShouldBe("El Amrani");
        stored.GetProperty("trackCode").GetString().ShouldBe("Z2");
        stored.GetProperty("status").GetString().ShouldBe("Submitted");

        using var noord = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        var others = await noord.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications");
        others.EnumerateArray().ShouldNotContain(a => a.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Submit_InvalidApplication_Is422WithFieldErrorsAndStoresNothing()
    {
        using var anonymous = Anonymous();
        var invalid = new
        {
            firstName = "",
            lastName = "Jansen",
            email = "geen-adres",
            institutionCode = "atlantis",
            trackCode = "Z9",
            background = new { sector = "", yearsExperience = 99, educationLevel = "phd", region = "Zeeland" },
            motivation = "Ik wil graag.",
            consent = false,
        };

        using var response = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", invalid);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await ReadJsonAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe(422);
        var errors = problem.GetProperty("errors");
        string[] fields = ["firstName", "email", "institutionCode", "trackCode", "background.sector",
            "background.yearsExperience", "background.educationLevel", "consent"];
        foreach (var field in fields)
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        errors.TryGetProperty("lastName", out _).ShouldBeFalse();
        errors.GetProperty("email")[0].GetString().ShouldBe("Dit is geen geldig e-mailadres.");

        foreach (var institution in new[] { "noord", "midden", "zuid" })
        {
            using var coordinator = await SignedInAsync(DemoAccounts.Coordinator(institution));
            var applications = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications");
            applications.GetArrayLength().ShouldBe(0);
        }
    }

    [Fact]
    public async Task Submit_InvalidApplicationInEnglish_HasEnglishMessages()
    {
        using var anonymous = Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/intake/applications")
        {
            Content = JsonContent.Create(new { firstName = "Ann", consent = false }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await anonymous.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await ReadJsonAsync(response)).GetProperty("errors");
        errors.GetProperty("consent")[0].GetString().ShouldBe("Without your consent we cannot process your application.");
    }

    [Fact]
    public async Task ListApplications_AnonymousOrStudent_Is401Or403ProblemDetails()
    {
        using var anonymous = Anonymous();
        using var unauthenticated = await anonymous.GetAsync("/api/v1/intake/applications");
        unauthenticated.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unauthenticated.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        using var forbidden = await student.GetAsync("/api/v1/intake/applications");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        forbidden.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Admit_ByCoordinator_CreatesTheStudentAccountAndEnrolsIt_AndIsIdempotent()
    {
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", ValidApplication("kees.devries@example.nl"));
        var applicationId = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        var cohortId = await CohortOfAsync("midden");
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("midden"));

        using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { trackCode = "Z2", cohortId });
        using var again = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { trackCode = "Z2", cohortId });

        admitted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var studentId = (await ReadJsonAsync(admitted)).GetProperty("studentId").GetGuid();
        (await ReadJsonAsync(again)).GetProperty("studentId").GetGuid().ShouldBe(studentId);

        var applications = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications");
        var application = applications.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == applicationId);
        application.GetProperty("status").GetString().ShouldBe("Admitted");
        application.GetProperty("studentId").GetGuid().ShouldBe(studentId);

        // Enrolled: an examiner of the institution can grade the new student in that cohort.
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("midden"));
        await ModuleGrades.PublishAsync(lecturer, cohortId, "M2", studentId, 6.0m);
        var results = await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/M2/results");
        results.EnumerateArray().Single(r => r.GetProperty("studentId").GetGuid() == studentId).GetProperty("outcome").GetString().ShouldBe("passed");
    }

    [Fact]
    public async Task Admit_IntoCohortOfAnotherInstitution_IsRefused()
    {
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", ValidApplication("ilse@example.nl"));
        var applicationId = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        var noordCohort = await CohortOfAsync("noord");
        using var midden = await SignedInAsync(DemoAccounts.Coordinator("midden"));
        using var noord = await SignedInAsync(DemoAccounts.Coordinator("noord"));

        using var wrongCohort = await midden.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId = noordCohort });
        using var wrongCoordinator = await noord.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId = noordCohort });

        wrongCohort.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(wrongCohort)).GetProperty("code").GetString().ShouldBe("Intake:UnknownCohort");
        wrongCoordinator.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
