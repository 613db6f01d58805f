using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Minor.Platform.TestSupport;
using UglyToad.PdfPig;

namespace Minor.Platform.IntegrationTests.Certificates;

/// <summary>
/// The slice from a lecturer's grade to a certificate anyone can verify: event, pending certificate, a real Hangfire
/// job on PostgreSQL storage, a SkiaSharp PDF read back with PdfPig.
/// </summary>
public sealed class CertificateFlowTests(PlatformFactory platform) : PlatformTest(platform)
{
    private const string HolderName = "Zoë Đurić-Şahin";

    [Fact]
    public async Task PassingResult_IssuesAVerifiableModuleCertificateWithTheHoldersName()
    {
        var cohortId = await CohortOfAsync("noord");
        var studentId = await MyIdAsync(DemoAccounts.Student("noord"));
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));

        using var recorded = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M2/results", new { studentId, grade = 7.5m });

        recorded.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReadJsonAsync(recorded)).GetProperty("passed").GetBoolean().ShouldBeTrue();

        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var certificate = await EventuallyAsync(
            async () => (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).EnumerateArray().SingleOrDefault(),
            c => c.ValueKind == JsonValueKind.Object && c.GetProperty("status").GetString() == "issued",
            "the certificate to be issued");
        certificate.GetProperty("kind").GetString().ShouldBe("module");
        certificate.GetProperty("title").GetString().ShouldBe("M2 Wijkanalyse en participatief buurtonderzoek");
        var id = certificate.GetProperty("id").GetGuid();
        var code = certificate.GetProperty("verificationCode").GetString()!;

        using var download = await student.GetAsync($"/api/v1/certificates/{id}/pdf");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await download.Content.ReadAsByteArrayAsync();
        pdf.Length.ShouldBeLessThan(150 * 1024);
        using (var document = PdfDocument.Open(pdf))
        {
            document.NumberOfPages.ShouldBe(1);
            var text = string.Concat(document.GetPage(1).GetWords().Select(w => w.Text));
            text.ShouldContain(HolderName.Replace(" ", ""));
            text.ShouldContain("Wijkanalyse");
            text.ShouldContain(code);
        }

        using var anonymous = Anonymous();
        var verification = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/verify/{code}");
        verification.GetProperty("status").GetString().ShouldBe("valid");
        verification.GetProperty("holderName").GetString().ShouldBe(HolderName);
        verification.GetProperty("ec").GetDecimal().ShouldBe(7.5m);
        verification.GetProperty("institution").GetString().ShouldBe("Hogeschool Noord");
        verification.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));

        var page = await anonymous.GetStringAsync($"/verify/{code.ToLowerInvariant()}");
        page.ShouldContain("Dit certificaat is geldig");
        page.ShouldContain(HolderName);

        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        var listed = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/students/{studentId}/certificates");
        listed.EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(id);
        using var coordinatorDownload = await coordinator.GetAsync($"/api/v1/certificates/{id}/pdf");
        (await coordinatorDownload.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
    }

    [Fact]
    public async Task Certificates_OfAnotherInstitution_AreNotFound()
    {
        var cohortId = await CohortOfAsync("noord");
        var studentId = await MyIdAsync(DemoAccounts.Student("noord"));
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M1/results", new { studentId, grade = 8.0m });
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var id = (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).EnumerateArray().Single().GetProperty("id").GetGuid();

        using var zuidCoordinator = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        using var zuidStudent = await SignedInAsync(DemoAccounts.Student("zuid"));
        using var zuidLecturer = await SignedInAsync(DemoAccounts.Lecturer("zuid"));

        (await zuidCoordinator.GetAsync($"/api/v1/students/{studentId}/certificates")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidCoordinator.GetAsync($"/api/v1/certificates/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidStudent.GetAsync($"/api/v1/certificates/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidStudent.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).GetArrayLength().ShouldBe(0);
        using var crossResult = await zuidLecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M2/results", new { studentId, grade = 9.0m });
        crossResult.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        crossResult.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task RecordResult_InvalidOrFailingOrChangedGrade_IsHandledWithoutACertificate()
    {
        var cohortId = await CohortOfAsync("noord");
        var studentId = await MyIdAsync(DemoAccounts.Student("noord"));
        var otherStudent = await MyIdAsync(DemoAccounts.Student("zuid"));
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));

        using var tooPrecise = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M1/results", new { studentId, grade = 5.55m });
        using var outOfRange = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M1/results", new { studentId, grade = 10.5m });
        using var notEnrolled = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M1/results", new { studentId = otherStudent, grade = 7.0m });
        using var unknownModule = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M9/results", new { studentId, grade = 7.0m });

        tooPrecise.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(tooPrecise)).GetProperty("errors").GetProperty("grade")[0].GetString()!.ShouldContain("1,0 en 10,0");
        outOfRange.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        notEnrolled.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(notEnrolled)).GetProperty("errors").TryGetProperty("studentId", out _).ShouldBeTrue();
        unknownModule.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var failing = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M1/results", new { studentId, grade = 5.4m });
        failing.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReadJsonAsync(failing)).GetProperty("passed").GetBoolean().ShouldBeFalse();
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).GetArrayLength().ShouldBe(0);

        using var repeated = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M1/results", new { studentId, grade = 5.4m });
        repeated.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var changed = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M1/results", new { studentId, grade = 6.0m });
        changed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(changed)).GetProperty("code").GetString().ShouldBe("Assessment:ResultAlreadyPublished");
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Verify_UnknownCode_IsADutch404PageAndA404Problem()
    {
        using var anonymous = Anonymous();

        using var page = await anonymous.GetAsync("/verify/ABCDEFGHJKMN");
        using var api = await anonymous.GetAsync("/api/v1/verify/ABCDEFGHJKMN");
        using var nonsense = await anonymous.GetAsync("/verify/%3Cscript%3E");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Er bestaat geen certificaat met deze code");
        html.ShouldNotContain("Exception");
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        nonsense.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
