using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.IntegrationTests.Intake;
using Minor.Platform.TestSupport;
using UglyToad.PdfPig;

namespace Minor.Platform.IntegrationTests.Certificates;

public sealed class BulkIssueTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task BulkIssue_ForACohort_IssuesWhatWasMissingAndZipsOnePdfPerCertificate()
    {
        var cohortId = await CohortOfAsync("noord");
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("noord"));
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications",
            IntakeApiTests.ValidApplication("thi.huong.nguyen@example.nl", "noord", "Z1"));
        var applicationId = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId });
        var secondStudent = (await ReadJsonAsync(admitted)).GetProperty("studentId").GetGuid();

        var zoe = await PublishResultAsync("noord", "M1", 7.0m);
        await PublishResultAsync("noord", "M2", 6.0m);
        using (var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord")))
        {
            await ModuleGrades.PublishAsync(lecturer, cohortId, "M1", secondStudent, 9.0m);
        }

        using var zoeClient = await SignedInAsync(DemoAccounts.Student("noord"));
        await IssuedCertificateAsync(zoeClient, "M2");
        await ExecuteSqlAsync($"DELETE FROM certificates.certificates WHERE student_id = '{zoe}' AND subject_key = 'M2'");

        using var started = await coordinator.PostAsync($"/api/v1/cohorts/{cohortId}/certificates/issue", null);
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var jobId = (await ReadJsonAsync(started)).GetProperty("jobId").GetGuid();

        var progress = await EventuallyAsync(
            () => coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}"),
            p => p.GetProperty("state").GetString() == "completed",
            "the bulk issue to complete");
        progress.GetProperty("total").GetInt32().ShouldBe(3);
        progress.GetProperty("done").GetInt32().ShouldBe(3);
        progress.GetProperty("failed").GetInt32().ShouldBe(0);

        using var zipResponse = await coordinator.GetAsync($"/api/v1/jobs/{jobId}/zip");
        zipResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync());
        zip.Entries.Count.ShouldBe(3);
        zip.Entries.Select(e => e.Name).ShouldContain(n => n.StartsWith("Zoë Đurić-Şahin - M2 - ", StringComparison.Ordinal));
        zip.Entries.Count(e => e.Name.StartsWith("Fatima El Amrani - M1", StringComparison.Ordinal)).ShouldBe(1);
        foreach (var entry in zip.Entries)
        {
            using var buffer = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(buffer);
            }

            using var document = PdfDocument.Open(buffer.ToArray());
            var code = entry.Name[..^4].Split(" - ")[2];
            string.Concat(document.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain(code);
        }

        using var zuid = await SignedInAsync(DemoAccounts.Coordinator("zuid"));
        (await zuid.GetAsync($"/api/v1/jobs/{jobId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await zuid.PostAsync($"/api/v1/cohorts/{cohortId}/certificates/issue", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
