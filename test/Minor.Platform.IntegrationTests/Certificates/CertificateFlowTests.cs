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
        var studentId = await PublishResultAsync("noord", "M2", 7.5m);

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
        var studentId = await PublishResultAsync("noord", "M1", 8.0m);
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        var assessmentId = await ModuleGrades.EnsurePublishedPlanAsync(lecturer, cohortId, "M1");
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var id = (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).EnumerateArray().Single().GetProperty("id").GetGuid();

        using var zuidCoordinator = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        using var zuidStudent = await SignedInAsync(DemoAccounts.Student("zuid"));
        using var zuidLecturer = await SignedInAsync(DemoAccounts.Lecturer("zuid"));

        (await zuidCoordinator.GetAsync($"/api/v1/students/{studentId}/certificates")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidCoordinator.GetAsync($"/api/v1/certificates/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidStudent.GetAsync($"/api/v1/certificates/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuidStudent.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).GetArrayLength().ShouldBe(0);
        using var crossGrade = await zuidLecturer.PutAsJsonAsync($"/api/v1/assessments/{assessmentId}/grades/{studentId}", new { grade = 9.0m, reason = "x" });
        crossGrade.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        crossGrade.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task FailingResult_GivesNoCertificate_UntilAChangeWithAReasonMakesItPass()
    {
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));

        await PublishResultAsync("noord", "M1", 5.4m);

        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).GetArrayLength().ShouldBe(0);

        await PublishResultAsync("noord", "M1", 6.0m);

        var certificate = await IssuedCertificateAsync(student, "M1");
        certificate.GetProperty("kind").GetString().ShouldBe("module");
        (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).GetArrayLength().ShouldBe(1);
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
